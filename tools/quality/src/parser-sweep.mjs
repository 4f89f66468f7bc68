// @ts-check
// Which parsers of untrusted input exist, and whether a property (fast-check) or fuzz test covers each.

const PARSER =
  /export\s+(?:async\s+)?(?:function\s*\*?\s*|const\s+)((?:parse|decode|load|read|restore|import|deserial)\w*)/g;

/**
 * Names of exported parser-like functions in a source text (parse*, decode*, load*, read*, …).
 * @param {string} source
 * @returns {string[]}
 * @example parserNames('export function parseAltSvc(s) {}\nfunction parseLocal() {}') // ['parseAltSvc']
 */
export function parserNames(source) {
  return [...new Set([...source.matchAll(PARSER)].map((m) => m[1] ?? ''))];
}

/**
 * @typedef {object} SweepRow
 * @property {string} file source file (repo-relative).
 * @property {string} name the parser's export name.
 * @property {string[]} propertyTests test files that use fast-check and mention the name.
 * @property {string[]} otherTests test files that mention the name without fast-check.
 */

/**
 * Matches parsers to the tests that mention them.
 * @param {Array<{ file: string, source: string }>} sources
 * @param {Array<{ file: string, source: string }>} tests
 * @returns {SweepRow[]}
 */
export function parserSweep(sources, tests) {
  const isProperty = (/** @type {string} */ text, /** @type {string} */ file) =>
    /from ['"]fast-check['"]/.test(text) || /\.fuzz\./.test(file);
  return sources.flatMap(({ file, source }) =>
    parserNames(source).map((name) => {
      const word = new RegExp(`\\b${name}\\b`);
      const mentioning = tests.filter((t) => word.test(t.source));
      return {
        file,
        name,
        propertyTests: mentioning.filter((t) => isProperty(t.source, t.file)).map((t) => t.file),
        otherTests: mentioning.filter((t) => !isProperty(t.source, t.file)).map((t) => t.file),
      };
    }),
  );
}
