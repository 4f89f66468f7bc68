// Quality gate: with JavaScript disabled every page still shows its prose, its tables and the
// widgets' initial numbers (rendered at build), none of them NaN.
import { builtHtmlFiles } from '../support/built-site';
import { expect, test } from '../support/fixtures';

const paths = builtHtmlFiles()
  .map((f) => f.path)
  .filter((p) => p !== '/404.html');

/** What a failed computation looks like on screen (prose may say "NaN values dropped"; numbers may not). */
const BROKEN_NUMBER = /^(NaN|undefined|null)$|\bNaN\b|undefined/;

test.use({ javaScriptEnabled: false });

for (const path of paths) {
  test(`${path} reads without JavaScript`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const main = page.locator('main');
    await expect(main.locator('h1').first()).not.toBeEmpty();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (CSS applied) is what a reader sees
    const text = (await main.innerText()).trim();
    expect(text.length, 'the page has readable text').toBeGreaterThan(40);
    for (const table of await main.locator('table').all()) {
      await expect(table.locator('td, th').first(), 'tables have cells').toBeAttached();
    }
    for (const widget of await main.locator('[data-widget]').all()) {
      const id = await widget.getAttribute('data-widget');
      const metrics = widget.locator('[data-metric]');
      const tables = widget.locator('table');
      expect((await metrics.count()) + (await tables.count()), `${id} shows numbers or a table`).toBeGreaterThan(0);
      for (const metric of await metrics.all()) {
        const label = `${id} [data-metric=${await metric.getAttribute('data-metric')}]`;
        const shown = (await metric.textContent())?.trim() ?? '';
        expect(shown, `${label} is filled`).not.toBe('');
        expect(shown, `${label} shows a number, not NaN`).not.toMatch(BROKEN_NUMBER);
        expect((await metric.getAttribute('data-value')) ?? '', `${label} data-value`).not.toMatch(BROKEN_NUMBER);
      }
      for (const cell of await widget.locator('td').allTextContents()) {
        expect(cell.trim(), `${id} table cells show numbers, not NaN`).not.toMatch(/^(NaN|undefined|null)%?$/);
      }
    }
  });
}
