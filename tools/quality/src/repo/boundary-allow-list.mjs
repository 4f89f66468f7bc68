// @ts-check
// Boundary crossings that exist today and are known: the check passes with these and fails on any
// other. Remove an entry when its crossing is gone (the check then also fails on a stale entry).

/**
 * Known crossings, each `<importing file> -> <specifier as written>`.
 * @type {ReadonlyArray<string>}
 */
export const KNOWN_CROSSINGS = [
  // to fix with the shared kit: ScrollRegion folds into shared/TableWrap
  'packages/widgets/src/SilentFailureSim/SilentFailureSim.tsx -> ../DriftLab/ScrollRegion',
  // to fix with the shared kit
  'packages/widgets/src/SilentFailureSim/Timeline.tsx -> ../DriftLab/ScrollRegion',
];

/**
 * The allow-list key of a problem.
 * @param {{ file: string, what: string }} problem
 * @returns {string}
 */
export function crossingKey(problem) {
  return `${problem.file} -> ${problem.what}`;
}
