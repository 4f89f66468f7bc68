// @ts-check

/**
 * @typedef {object} HeadingInfo
 * @property {number} depth  1–6
 * @property {number} line  1-based first line of the heading
 * @property {string} title  text, markup stripped
 * @property {'day' | 'other' | 'candidate'} kind  a day heading, a non-talk section, or a possible talk
 */

/**
 * Finds the heading level at which talks sit. It is the shallowest level of the possible-talk
 * headings, except that a lone heading above the others does not set the level when the next
 * level holds at least two: it is a document title when it comes first (`# SREcon notes` over
 * `## Talk A`, `## Talk B`), or a talk that slipped up a level. A file that is one talk among
 * several inputs keeps its lone top heading as the talk.
 *
 * @example detectTalkLevel([{ depth: 1, line: 1, title: 'Notes', kind: 'candidate' }, …two H2s]) // 2
 * @param {HeadingInfo[]} headings  root-level headings in input order
 * @param {{ oneTalkPerFile?: boolean }} [options]
 * @returns {number | null}  null when there is no possible-talk heading
 */
export function detectTalkLevel(headings, options = {}) {
  const candidates = headings.filter((h) => h.kind === 'candidate');
  const depths = [...new Set(candidates.map((h) => h.depth))].sort((a, b) => a - b);
  const count = (/** @type {number} */ depth) => candidates.filter((h) => h.depth === depth).length;
  let index = 0;
  if (options.oneTalkPerFile) return depths[0] ?? null;
  while (index + 1 < depths.length) {
    const depth = depths[index] ?? 0;
    if (count(depth) !== 1 || count(depths[index + 1] ?? 0) < 2) break;
    index += 1;
  }
  return depths[index] ?? null;
}
