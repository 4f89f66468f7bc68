// @ts-check

/** Pages a group lists by name before it says "and N more". */
const NAMED_PAGES = 3;

/**
 * The content check's "next stages" lines for the build log, one per distinct need: a team
 * that has just imported 700 talks gets one line for the 700 pages that need the same things,
 * not 700 copies of it. Groups keep the order in which their first page came.
 *
 * @param {readonly string[]} nextSteps  lines `<page file>: <what its next stage needs>`
 * @returns {string[]}
 * @example
 * nextStageSummary(['a.md: needs x', 'b.md: needs x', 'c.mdx: needs y'])
 * // ['a.md, b.md: needs x', 'c.mdx: needs y']
 */
export function nextStageSummary(nextSteps) {
  /** @type {Map<string, string[]>} */
  const pagesByNeed = new Map();
  for (const line of nextSteps) {
    const match = /^(.*?\.mdx?): (.*)$/s.exec(line);
    const [page, need] = match ? [match[1] ?? '', match[2] ?? ''] : ['', line];
    pagesByNeed.set(need, [...(pagesByNeed.get(need) ?? []), page]);
  }
  return [...pagesByNeed].map(([need, pages]) => `${pageList(pages)}: ${need}`);
}

/** @param {string[]} pages */
function pageList(pages) {
  const named = pages.filter(Boolean);
  if (named.length <= NAMED_PAGES + 1) return named.join(', ');
  return `${named.length} pages (${named.slice(0, NAMED_PAGES).join(', ')} and ${named.length - NAMED_PAGES} more)`;
}
