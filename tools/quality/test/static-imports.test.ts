import { describe, expect, it } from 'vitest';
import { moduleGraph, resolveSpecifier, staticImports } from '../src/js-budget/static-imports.mjs';

describe('staticImports', () => {
  it('finds every static import and re-export form in minified chunks, in order, once each', () => {
    const code =
      'import{a as b}from"./x.js";import"./y.js";import d,{e}from"../v.js";import*as ns from"./t.js";' +
      'export*from"./w.js";export{q}from"/u.js";import"./y.js";';
    expect(staticImports(code)).toEqual(['./x.js', './y.js', '../v.js', './t.js', './w.js', '/u.js']);
  });

  it('ignores dynamic import() (loaded later, on demand) and property names', () => {
    expect(staticImports('const m=import("./lazy.js");o.import("./no.js");foo.export')).toEqual([]);
  });

  it('handles whitespace and single quotes in unminified code', () => {
    expect(staticImports("import { x } from './x.js';\nexport * as y from './y.js';")).toEqual(['./x.js', './y.js']);
  });
});

describe('resolveSpecifier', () => {
  it('resolves relative and root-relative specifiers, ignores bare and remote ones', () => {
    expect(resolveSpecifier('./b.js', '/_astro/a.js')).toBe('/_astro/b.js');
    expect(resolveSpecifier('../c.js', '/_astro/x/a.js')).toBe('/_astro/c.js');
    expect(resolveSpecifier('/d.js', '/_astro/a.js')).toBe('/d.js');
    expect(resolveSpecifier('preact', '/_astro/a.js')).toBeNull();
    expect(resolveSpecifier('https://cdn.example/x.js', '/_astro/a.js')).toBeNull();
  });
});

describe('moduleGraph', () => {
  const files: Record<string, string> = {
    '/_astro/entry.js': 'import"./a.js";import{b}from"./b.js";const l=()=>import("./lazy.js");',
    '/_astro/a.js': 'import{b}from"./b.js";export const a=1;',
    '/_astro/b.js': 'import"./a.js";import"./gone.js";export const b=2;',
    '/_astro/lazy.js': 'export const lazy=1;',
  };
  const read = (url: string) => files[url] ?? null;

  it('follows static imports transitively, each file once, even through cycles', () => {
    const graph = moduleGraph(['/_astro/entry.js'], read);
    expect(graph.files.map((f) => f.url)).toEqual(['/_astro/entry.js', '/_astro/a.js', '/_astro/b.js']);
  });

  it('reports imported files missing from the build', () => {
    expect(moduleGraph(['/_astro/entry.js'], read).missing).toEqual(['/_astro/gone.js']);
  });
});
