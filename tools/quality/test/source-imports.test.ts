import { describe, expect, it } from 'vitest';
import { mdxImportedNames, mdxImports, openingTags, sourceImports } from '../src/repo/source-imports.mjs';

describe('sourceImports', () => {
  it('reads static, type-only, side-effect, dynamic and worker imports, skipping comments', () => {
    const source = [
      "import type { A } from './types';",
      "import {\n  b,\n  c,\n} from '../shared/b';",
      "import './x.css';",
      "export { d } from '@confnotes/stats';",
      '/** @example import { e } from "e-in-a-comment"; */',
      "// import f from 'f-in-a-comment';",
      "const g = await import('./lazy');",
      "const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });",
    ].join('\n');
    expect(sourceImports(source).sort()).toEqual(
      ['./lazy', './types', './worker.ts', './x.css', '../shared/b', '@confnotes/stats'].sort(),
    );
  });
});

describe('mdxImports and mdxImportedNames', () => {
  const mdx = [
    '---',
    'title: T',
    '---',
    "import { DriftLab } from '@confnotes/widgets/DriftLab';",
    "import { A, B as Renamed } from '@confnotes/widgets/Other';",
    "import Demos from './_demos.mdx';",
    "import './side-effect.css';",
    '',
    'Text that says import nothing from here.',
    '```js',
    "import { fake } from 'only-an-example';",
    '```',
  ].join('\n');

  it('lists the ESM imports at line starts, not ones in code fences', () => {
    expect(mdxImports(mdx)).toEqual([
      '@confnotes/widgets/DriftLab',
      '@confnotes/widgets/Other',
      './_demos.mdx',
      './side-effect.css',
    ]);
  });

  it('names the bindings from the modules asked for', () => {
    expect(mdxImportedNames(mdx, (s) => s.startsWith('@confnotes/widgets/'))).toEqual(['DriftLab', 'A', 'Renamed']);
    expect(mdxImportedNames(mdx, (s) => s.endsWith('.mdx'))).toEqual(['Demos']);
  });
});

describe('openingTags', () => {
  it('returns whole opening tags, across lines and past > inside expressions and strings', () => {
    const mdx = '<DriftLab\n  threshold={a > b}\n  label="x > y"\n  client:visible\n/>\n<DriftLabel />\n<DriftLab/>';
    expect(openingTags(mdx, 'DriftLab')).toEqual([
      '<DriftLab\n  threshold={a > b}\n  label="x > y"\n  client:visible\n/>',
      '<DriftLab/>',
    ]);
  });
});
