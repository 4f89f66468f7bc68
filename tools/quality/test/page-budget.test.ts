import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetFailures, gzipBytes, measurePage } from '../src/js-budget/page-budget.mjs';

// Filler that gzip cannot shrink much: a seeded chain of SHA-256 digests in base64.
function filler(chars: number, seed: number): string {
  let out = '';
  let block = String(seed);
  while (out.length < chars) {
    block = createHash('sha256').update(block).digest('base64');
    out += block;
  }
  return `/*${out.slice(0, chars).replaceAll('*/', '**')}*/`;
}

const assets: Record<string, string> = {
  '/_astro/page.js': 'import"./shared.js";export{};',
  '/_astro/shared.js': `export const s=1;${filler(2000, 1)}`,
  '/_astro/preloaded.js': 'export const p=1;',
  '/_astro/Widget.js': `import"./chart.js";import"./shared.js";${filler(500, 2)}`,
  '/_astro/chart.js': filler(40_000, 3),
  '/_astro/client.js': 'export default 1;',
  '/confnotes/_astro/page.js': 'export{};',
};
const readAsset = (url: string) => assets[url] ?? null;

const textPage = '<script type="module" src="/_astro/page.js"></script><script>inline()</script>';
const widgetPage = `${textPage}<link rel="modulepreload" href="/_astro/preloaded.js">
  <astro-island component-url="/_astro/Widget.js" component-export="Widget" renderer-url="/_astro/client.js" client="visible"></astro-island>`;

describe('measurePage', () => {
  it('counts scripts, their static imports and inline scripts, not island bundles, for the initial load', () => {
    const r = measurePage({ page: '/x/', html: widgetPage, readAsset });
    expect(r.initial.map((f) => f.url).sort()).toEqual(
      ['/_astro/page.js', '/_astro/preloaded.js', '/_astro/shared.js', 'inline #1'].sort(),
    );
    expect(r.initialGzipBytes).toBe(
      gzipBytes(assets['/_astro/page.js'] ?? '') +
        gzipBytes(assets['/_astro/shared.js'] ?? '') +
        gzipBytes(assets['/_astro/preloaded.js'] ?? '') +
        gzipBytes('inline()'),
    );
    expect(r.initial[0]?.url).toBe('/_astro/shared.js');
  });

  it("reports each island's own bundle: component and its static imports (shared ones included)", () => {
    const r = measurePage({ page: '/x/', html: widgetPage, readAsset });
    expect(r.islands).toHaveLength(1);
    expect(r.islands[0]?.name).toBe('Widget');
    expect(r.islands[0]?.files.map((f) => f.url)).toEqual([
      '/_astro/chart.js',
      '/_astro/shared.js',
      '/_astro/Widget.js',
    ]);
  });

  it('picks the text-page budget without islands and the widget budget with them', () => {
    expect(measurePage({ page: '/', html: textPage, readAsset }).budgetBytes).toBe(BUDGETS.textPage);
    expect(measurePage({ page: '/', html: widgetPage, readAsset }).budgetBytes).toBe(BUDGETS.widgetPage);
  });

  it('resolves page-relative URLs and a base path', () => {
    const r = measurePage({
      page: '/a/',
      html: '<script type="module" src="../_astro/page.js"></script>',
      readAsset,
      base: '/confnotes/',
    });
    expect(r.initial.map((f) => f.url)).toEqual(['/confnotes/_astro/page.js']);
    expect(r.missing).toEqual([]);
  });

  it('lists referenced files missing from the build', () => {
    const r = measurePage({ page: '/', html: '<script src="/_astro/nope.js"></script>', readAsset });
    expect(r.missing).toEqual(['/_astro/nope.js']);
  });
});

describe('budgetFailures', () => {
  it('passes pages within budget', () => {
    expect(budgetFailures([measurePage({ page: '/', html: widgetPage, readAsset })])).toEqual([]);
  });

  it('names the page and its biggest file when a page is over budget', () => {
    const heavy =
      '<script type="module" src="/_astro/chart.js"></script><script type="module" src="/_astro/page.js"></script>';
    const failures = budgetFailures([measurePage({ page: '/heavy/', html: heavy, readAsset })]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(
      /^\/heavy\/: \d+\.\d KB of JS \(gzip\) before any island is visible, over the 15\.0 KB budget for text-only pages; biggest file: \/_astro\/chart\.js \(\d+\.\d KB\)$/,
    );
  });

  it('fails a page that loads a file missing from the build', () => {
    const failures = budgetFailures([measurePage({ page: '/', html: '<script src="/x.js"></script>', readAsset })]);
    expect(failures).toEqual(['/: loads files that are not in the build: /x.js']);
  });
});
