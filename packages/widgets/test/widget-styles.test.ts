// @vitest-environment node
// One stylesheet for all widgets, imported in one place: a page's <link> order (and cascade) must
// not depend on the order Astro meets its islands in, or two builds of the same content differ.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(dir, entry.name)) : [relative(src, join(dir, entry.name))],
  );
}

describe('widget styles', () => {
  const files = filesBelow(src);

  it('widget-styles.css imports every stylesheet of the package, shared ones first', () => {
    const imported = [
      ...readFileSync(join(src, 'widget-styles.css'), 'utf8').matchAll(/@import ["']\.\/([^"']+)["'];/g),
    ].map((m) => m[1]);
    const sheets = files.filter((f) => f.endsWith('.css') && f !== 'widget-styles.css');
    expect([...imported].sort()).toEqual([...sheets].sort());
    const firstWidgetSheet = imported.findIndex((f) => !f?.startsWith('shared/'));
    expect(imported.slice(firstWidgetSheet).every((f) => !f?.startsWith('shared/'))).toBe(true);
  });

  it('only WidgetFrame (and SharePage, which has no frame) import CSS', () => {
    const importers = files.filter(
      (f) => /\.tsx?$/.test(f) && /^import '[^']+\.css';$/m.test(readFileSync(join(src, f), 'utf8')),
    );
    expect(importers.sort()).toEqual(['SharePage/SharePage.tsx', 'shared/WidgetFrame.tsx']);
  });
});
