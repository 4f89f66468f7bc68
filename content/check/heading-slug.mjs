/**
 * The anchor id a heading gets on the site: Starlight uses github-slugger, which lowercases,
 * drops punctuation and symbols (keeping letters, digits, `-` and `_`) and turns spaces into
 * hyphens. Repeated headings get `-1`, `-2`, … — pass the ids seen so far in `seen`.
 *
 * @param {string} text   heading text without Markdown
 * @param {Map<string, number>} [seen]  counts of slugs already used on the page (updated)
 * @returns {string}
 * @example
 * headingSlug('SLI vs SLO vs SLA'); // 'sli-vs-slo-vs-sla'
 * headingSlug('Prio 1: outputs');   // 'prio-1-outputs'
 */
export function headingSlug(text, seen) {
  const base = text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
  if (!seen) return base;
  const count = seen.get(base) ?? 0;
  seen.set(base, count + 1);
  return count === 0 ? base : `${base}-${count}`;
}
