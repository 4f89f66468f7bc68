// @ts-check
// The benchmark's human summary.

/** @typedef {import('./targets.mjs').TargetResult} TargetResult */
/** @typedef {import('./measure-output.mjs').OutputSizes} OutputSizes */
/** @typedef {import('./run-build.mjs').BuildRun} BuildRun */

/**
 * @typedef {object} BenchReport
 * @property {number} talks                 synthetic talks added
 * @property {number} conferences           synthetic conferences added
 * @property {number} completePages         of the synthetic talks, how many at stage complete
 * @property {number[]} loadAverage         1, 5 and 15 minute load when the run started
 * @property {number} cpus
 * @property {{ build: BuildRun, output: OutputSizes } | null} baseline  today's site, if built
 * @property {{ build: BuildRun, output: OutputSizes }} scaled
 * @property {{ files: number, difference: import('./compare-trees.mjs').TreeDifference | null } | null} determinism
 * @property {TargetResult[]} targets
 * @property {boolean} enforced             whether a failed target fails the run
 */

const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (/** @type {number} */ bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/** @param {string} label  @param {{ build: BuildRun, output: OutputSizes }} site  @returns {string[]} */
function siteLines(label, { build, output }) {
  return [
    `${label}: built in ${build.seconds.toFixed(1)} s, peak RSS ${mb(build.peakRssBytes)} (${build.samples} samples)`,
    `  output ${mb(output.totalBytes)} in ${output.files} files, ${output.htmlPages} HTML pages`,
    `  largest page ${output.largestPage.path} ${kb(output.largestPage.bytes)}; largest listing page ${output.largestListingPage.path} ${kb(output.largestListingPage.bytes)}`,
    `  sidebar per page: median ${kb(output.sidebarBytes.median)}, max ${kb(output.sidebarBytes.max)} (${output.sidebarBytes.maxPath})`,
  ];
}

/**
 * @param {BenchReport} report  @returns {string}
 */
export function formatReport(report) {
  const lines = [
    `bench:scale — ${report.talks} synthetic talks (${report.completePages} complete) in ${report.conferences} conferences; load ${report.loadAverage.map((l) => l.toFixed(2)).join(' ')} on ${report.cpus} CPUs`,
    ...(report.baseline ? siteLines('today’s site', report.baseline) : []),
    ...siteLines('with synthetic talks', report.scaled),
  ];
  if (report.determinism) {
    const { files, difference } = report.determinism;
    lines.push(
      difference
        ? `determinism: ${difference.file} differs (${difference.detail}) between two builds of the same content`
        : `determinism: ${files} files byte-identical across two builds`,
    );
  }
  lines.push('targets:');
  for (const t of report.targets) lines.push(`  ${t.pass ? 'pass' : 'FAIL'}  ${t.name}: ${t.value} (limit ${t.limit})`);
  if (!report.enforced) lines.push('  (reported only: targets are held at 1,000 talks or with --strict)');
  return lines.join('\n');
}
