// Quality gate: gzip JS a page loads before any island is visible (scripts, module preloads,
// inline scripts and their static imports) stays within budget: 15 KB for text-only pages,
// 30 KB for pages with widgets. Island bundles load on scroll and are reported, not budgeted.
import { budgetFailures, kb, measureBuild } from '@confnotes/quality';
import { distDir } from '../support/built-site';
import { expect, test } from '../support/fixtures';

test('every page ships within its JS budget before any island is visible', async () => {
  const reports = measureBuild(distDir);
  expect(reports.length).toBeGreaterThan(0);
  const table = reports
    .map((r) => {
      const islands = r.islands.map((i) => `${i.name} ${kb(i.gzipBytes)}`).join(', ');
      return `${r.page}  ${kb(r.initialGzipBytes)} / ${kb(r.budgetBytes)} KB${islands ? `  islands: ${islands}` : ''}`;
    })
    .join('\n');
  await test.info().attach('js-budget.txt', { body: table, contentType: 'text/plain' });
  expect(budgetFailures(reports)).toEqual([]);
});
