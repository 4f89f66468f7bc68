// @ts-check
// What a source file (TS, JS, .astro, MDX) imports, read as text.
import { staticImports } from '../js-budget/static-imports.mjs';

const BLOCK_COMMENT = /\/\*[\s\S]*?\*\//g;
const LINE_COMMENT = /^\s*\/\/.*$/gm;
const DYNAMIC_IMPORT = /(?<![\w$.])import\s*\(\s*(["'])([^"'\n]+)\1\s*\)/g;
const WORKER_URL = /new\s+URL\(\s*(["'])([^"'\n]+)\1\s*,\s*import\.meta\.url\s*\)/g;
const CODE_FENCE = /^(```|~~~)[\s\S]*?^\1/gm;
// `import <clause> from '…'` (a clause has no quotes or `;`) or `import '…'`, at a line's start.
const MDX_IMPORT = /^import\s+(?:(?<clause>[^'";]*?)\s*from\s*)?(?<q>["'])(?<spec>[^"'\n]+)\k<q>/gm;

/**
 * Every module a source file names: static imports and re-exports, `import('…')`, and
 * `new URL('…', import.meta.url)` (how a worker is loaded), without duplicates. Block comments
 * and whole-line `//` comments are dropped first, so a TSDoc example does not count.
 * @param {string} source TypeScript, JavaScript or the text of an `.astro` file.
 * @returns {string[]}
 * @example sourceImports("import { a } from './a';\n// import b from 'b'\nawait import('./c');") // ['./a', './c']
 */
export function sourceImports(source) {
  const code = source.replace(BLOCK_COMMENT, '').replace(LINE_COMMENT, '');
  const more = [...code.matchAll(DYNAMIC_IMPORT), ...code.matchAll(WORKER_URL)].map((m) => m[2] ?? '');
  return [...new Set([...staticImports(code), ...more])];
}

/**
 * The specifiers of an MDX file's ESM `import` lines (top-level lines starting with `import`;
 * fenced code blocks, where an example may show an import, are skipped).
 * @param {string} source MDX text.
 * @returns {string[]}
 * @example mdxImports("import { A } from '@x/a';\n\n```js\nimport b from 'b';\n```") // ['@x/a']
 */
export function mdxImports(source) {
  const text = source.replace(CODE_FENCE, '');
  return [...text.matchAll(MDX_IMPORT)].map((m) => m.groups?.spec ?? '');
}

/**
 * Local names an MDX file binds by importing from a module whose specifier passes `wanted`
 * (`import { A, B as C } from 'x'` → `A`, `C`; `import D from 'x'` → `D`).
 * @param {string} source MDX text.
 * @param {(specifier: string) => boolean} wanted
 * @returns {string[]}
 */
export function mdxImportedNames(source, wanted) {
  const text = source.replace(CODE_FENCE, '');
  return [...text.matchAll(MDX_IMPORT)].flatMap((m) => {
    if (!wanted(m.groups?.spec ?? '')) return [];
    return (m.groups?.clause ?? '')
      .replace(/[{}]/g, ',')
      .split(',')
      .map(
        (part) =>
          part
            .trim()
            .split(/\s+as\s+/)
            .pop()
            ?.trim() ?? '',
      )
      .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'type');
  });
}

/**
 * The opening tags of a JSX element in MDX, each as written (`<DriftLab client:visible />`).
 * Quotes and `{…}` expressions are skipped while looking for the closing `>`.
 * @param {string} source MDX text.
 * @param {string} name the element's name, e.g. `DriftLab`.
 * @returns {string[]}
 * @example openingTags('<A x={1 > 0} client:visible />\n<B/>', 'A') // ['<A x={1 > 0} client:visible />']
 */
export function openingTags(source, name) {
  const text = source.replace(CODE_FENCE, '');
  const start = new RegExp(`<${name}(?=[\\s/>])`, 'g');
  return [...text.matchAll(start)].map((m) => text.slice(m.index, tagEnd(text, m.index ?? 0) + 1));
}

/**
 * Index of the `>` that closes the tag opened at `from`, or the text's last index when none does.
 * @param {string} text
 * @param {number} from
 * @returns {number}
 */
function tagEnd(text, from) {
  let depth = 0;
  /** @type {string | null} */
  let quote = null;
  for (let i = from + 1; i < text.length; i += 1) {
    const ch = text[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    else if (ch === '>' && depth === 0) return i;
  }
  return text.length - 1;
}
