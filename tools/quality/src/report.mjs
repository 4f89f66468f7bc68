// @ts-check
// The project's dashboard: one row per page (JS, HTML, Lighthouse, axe) as a Markdown table.
import { kb } from './js-budget/page-budget.mjs';

/**
 * @typedef {object} PageRow
 * @property {string} page
 * @property {number} jsGzipBytes JS loaded before any island is visible.
 * @property {number} budgetBytes
 * @property {Array<{ name: string, gzipBytes: number }>} islands
 * @property {number} htmlGzipBytes
 * @property {Record<string, number | null> | null} lighthouse category → score 0–1, null when not audited.
 * @property {Record<string, number> | null} axe test label → violations, null when no e2e result.
 */

/**
 * Axe violations per page from a Playwright JSON report: 0 for a passed axe test, the number of
 * listed violations for a failed one, -1 for a test that failed for another reason. Keys are the page path; values map a label (theme) to a count.
 * @param {any} e2eReport parsed `reports/e2e.json`
 * @returns {Map<string, Record<string, number>>}
 */
export function axeResults(e2eReport) {
  /** @type {Map<string, Record<string, number>>} */
  const byPage = new Map();
  /** @param {any} suite @param {string[]} titles */
  const visit = (suite, titles) => {
    const here = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      const m = /^(\/\S*) (?:has no axe violations|: every widget)|^(\/\S*): every widget/.exec(spec.title ?? '');
      const page = m?.[1] ?? m?.[2];
      if (!page) continue;
      const label = spec.title.includes('every widget') ? 'widgets' : (here.find((t) => /theme$/.test(t)) ?? 'page');
      const result = spec.tests?.[0]?.results?.at(-1);
      if (!result || result.status === 'skipped') continue;
      const message = String(result.error?.message ?? '');
      // -1: the test failed before or besides axe (e.g. a keyboard or console check): see the e2e log.
      const count =
        result.status === 'passed'
          ? 0
          : message.includes('axe violations')
            ? (message.match(/^\s*\+\s+"/gm) ?? []).length
            : -1;
      byPage.set(page, { ...(byPage.get(page) ?? {}), [label]: count });
    }
    for (const child of suite.suites ?? []) visit(child, here);
  };
  for (const suite of e2eReport?.suites ?? []) visit(suite, []);
  return byPage;
}

/**
 * @param {number | null | undefined} score
 * @returns {string}
 */
function pct(score) {
  return typeof score === 'number' ? String(Math.round(score * 100)) : '–';
}

/**
 * The dashboard as Markdown.
 * @param {PageRow[]} rows
 * @param {{ generatedAt: string, notes?: string[], bench?: string | null }} meta
 * @returns {string}
 */
export function formatReport(rows, meta) {
  const lines = [
    '# confnotes quality report',
    '',
    `Generated ${meta.generatedAt}. JS = gzip KB loaded before any island is visible (budget in brackets);`,
    'islands load on scroll. Lighthouse: performance / accessibility / best practices / SEO (mobile).',
    '',
    '| page | JS KB | islands KB | HTML KB | Lighthouse | axe violations |',
    '| --- | ---: | --- | ---: | --- | --- |',
  ];
  for (const r of rows) {
    const islands = r.islands.map((i) => `${i.name} ${kb(i.gzipBytes)}`).join(', ') || '–';
    const lh = r.lighthouse
      ? ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => pct(r.lighthouse?.[c])).join(' / ')
      : '–';
    const axe = r.axe
      ? Object.entries(r.axe)
          .map(([label, n]) => `${label} ${n < 0 ? 'failed (not axe)' : n}`)
          .join(', ')
      : '–';
    lines.push(
      `| ${r.page} | ${kb(r.jsGzipBytes)} (${kb(r.budgetBytes)}) | ${islands} | ${kb(r.htmlGzipBytes)} | ${lh} | ${axe} |`,
    );
  }
  for (const note of meta.notes ?? []) lines.push('', `> ${note}`);
  if (meta.bench) lines.push('', '## Benchmarks (`pnpm bench`)', '', '```', meta.bench.trim(), '```');
  return `${lines.join('\n')}\n`;
}
