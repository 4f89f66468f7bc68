// @ts-check
// The static import graph of built (minified) ES module chunks.

// `import x from"y"`, `import{a as b}from"y"`, `import*as c from"y"`, `import"y"`.
// `import("y")` (dynamic: loads later, on demand) cannot match: a clause or a quote must follow.
const IMPORT = /(?<![\w$.])import\s*(?:[\w$*{},\s]+?from\s*)?(["'])([^"'\n]+)\1/g;
// `export*from"y"`, `export*as d from"y"`, `export{a}from"y"`.
const REEXPORT = /(?<![\w$.])export\s*(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[^}]*\}\s*)from\s*(["'])([^"'\n]+)\1/g;

/**
 * The specifiers a module statically imports or re-exports, in source order, without duplicates.
 * Strings and comments are not parsed, so import-like text inside a string literal would count;
 * built chunks from Vite/Rollup keep their imports at the top, where this is exact.
 * @param {string} code
 * @returns {string[]}
 * @example staticImports('import{a as b}from"./x.js";import"./y.js";import("./z.js")') // ['./x.js', './y.js']
 */
export function staticImports(code) {
  /** @type {Array<[number, string]>} */
  const hits = [];
  for (const re of [IMPORT, REEXPORT]) {
    for (const m of code.matchAll(re)) hits.push([m.index ?? 0, m[2] ?? '']);
  }
  hits.sort((a, b) => a[0] - b[0]);
  return [...new Set(hits.map(([, spec]) => spec))];
}

/**
 * @typedef {object} ModuleFile
 * @property {string} url the URL path ("/_astro/x.js").
 * @property {string} code the module's text.
 */

/**
 * Every module reachable from `entries` through static imports (entries included), each once.
 * Relative and root-relative specifiers are resolved against the importing module's URL; bare
 * or cross-origin specifiers are ignored (a built site has none).
 * @param {string[]} entries URL paths of entry modules.
 * @param {(url: string) => string | null} read returns a module's code, or null when missing.
 * @returns {{ files: ModuleFile[], missing: string[] }}
 */
export function moduleGraph(entries, read) {
  /** @type {Map<string, ModuleFile>} */
  const seen = new Map();
  /** @type {string[]} */
  const missing = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const url = /** @type {string} */ (queue.shift());
    if (seen.has(url) || missing.includes(url)) continue;
    const code = read(url);
    if (code === null) {
      missing.push(url);
      continue;
    }
    seen.set(url, { url, code });
    for (const spec of staticImports(code)) {
      const next = resolveSpecifier(spec, url);
      if (next !== null) queue.push(next);
    }
  }
  return { files: [...seen.values()], missing };
}

/**
 * @param {string} spec
 * @param {string} fromUrl
 * @returns {string | null}
 */
export function resolveSpecifier(spec, fromUrl) {
  if (!spec.startsWith('/') && !spec.startsWith('./') && !spec.startsWith('../')) return null;
  const resolved = new URL(spec, `http://site.invalid${fromUrl}`);
  if (resolved.origin !== 'http://site.invalid') return null;
  return resolved.pathname;
}
