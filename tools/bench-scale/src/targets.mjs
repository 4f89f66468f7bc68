// @ts-check
// The targets at 1,000 talks, checked against one benchmark run.

/** Limits a build of 1,000 talks must keep (issue #13, the Scale part). */
export const limits = {
  /** Build time of the scaled site over today's site's, measured in the same run. */
  buildTimeRatio: 3.5,
  peakRssBytes: 3 * 1024 ** 3,
  listingPageBytes: 100_000,
  sidebarBytes: 20_000,
};

/** @typedef {{ name: string, limit: string, value: string, pass: boolean }} TargetResult */

/**
 * @typedef {object} RunFigures
 * @property {number} seconds
 * @property {number} peakRssBytes
 * @property {number | undefined} baselineSeconds   undefined when the baseline was not built
 * @property {number} largestListingBytes
 * @property {number} sidebarMaxBytes
 * @property {boolean | undefined} identical        undefined when determinism was not checked
 */

const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const gb = (/** @type {number} */ bytes) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

/**
 * Each target with its limit, the measured value and pass/fail; targets whose figure was not
 * measured (no baseline, no second build) are left out.
 * @param {RunFigures} run  @returns {TargetResult[]}
 */
export function checkTargets(run) {
  /** @type {TargetResult[]} */
  const results = [];
  if (run.baselineSeconds !== undefined) {
    const ratio = run.seconds / run.baselineSeconds;
    results.push({
      name: 'build time vs today’s site',
      limit: `≤ ${limits.buildTimeRatio}×`,
      value: `${ratio.toFixed(2)}×`,
      pass: ratio <= limits.buildTimeRatio,
    });
  }
  results.push(
    {
      name: 'peak RSS of the build',
      limit: `< ${gb(limits.peakRssBytes)}`,
      value: gb(run.peakRssBytes),
      pass: run.peakRssBytes < limits.peakRssBytes,
    },
    {
      name: 'largest listing page',
      limit: `< ${kb(limits.listingPageBytes)}`,
      value: kb(run.largestListingBytes),
      pass: run.largestListingBytes < limits.listingPageBytes,
    },
    {
      name: 'sidebar per page (max)',
      limit: `< ${kb(limits.sidebarBytes)}`,
      value: kb(run.sidebarMaxBytes),
      pass: run.sidebarMaxBytes < limits.sidebarBytes,
    },
  );
  if (run.identical !== undefined) {
    results.push({
      name: 'same content, same bytes',
      limit: 'identical',
      value: run.identical ? 'identical' : 'differs',
      pass: run.identical,
    });
  }
  return results;
}
