import { describe, expect, it } from 'vitest';
import { attribute, pageScripts } from '../src/js-budget/page-scripts.mjs';

describe('attribute', () => {
  it('reads quoted, unquoted and valueless attributes and decodes entities', () => {
    expect(attribute(' a="x&amp;y" b=\'z\' c=w d', 'a')).toBe('x&y');
    expect(attribute(' a="x&amp;y" b=\'z\' c=w d', 'b')).toBe('z');
    expect(attribute(' a="x&amp;y" b=\'z\' c=w d', 'c')).toBe('w');
    expect(attribute(' a="x&amp;y" b=\'z\' c=w d', 'd')).toBe('');
    expect(attribute(' data-src="x"', 'src')).toBeNull();
  });
});

describe('pageScripts', () => {
  const html = `<!doctype html><html><head>
    <script type="module" src="/_astro/page.js"></script>
    <link rel="modulepreload" href="/_astro/shared.js">
    <link rel="stylesheet" href="/_astro/a.css">
    <script>window.x = 1</script>
    <script type="application/ld+json">{"@context":"https://schema.org"}</script>
    <!-- <script src="/commented-out.js"></script> -->
    <script></script>
  </head><body>
    <astro-island uid="1" component-url="/_astro/DriftLab.js" component-export="DriftLab" renderer-url="/_astro/client.js" client="visible" props="{&quot;a&quot;:1}"></astro-island>
    <astro-island uid="2" component-url="/_astro/Other.js" client="visible"></astro-island>
  </body></html>`;
  const scripts = pageScripts(html);

  it('lists script src and module preloads, not stylesheets or commented-out tags', () => {
    expect(scripts.external).toEqual(['/_astro/page.js']);
    expect(scripts.modulePreloads).toEqual(['/_astro/shared.js']);
  });

  it('keeps runnable inline scripts and drops JSON data blocks and empty scripts', () => {
    expect(scripts.inline).toEqual(['window.x = 1']);
  });

  it('reads each island with its component and renderer (which load only at hydration)', () => {
    expect(scripts.islands).toEqual([
      { componentUrl: '/_astro/DriftLab.js', rendererUrl: '/_astro/client.js', name: 'DriftLab', client: 'visible' },
      { componentUrl: '/_astro/Other.js', rendererUrl: null, name: '/_astro/Other.js', client: 'visible' },
    ]);
  });
});
