import { parse as parseYaml } from 'yaml';

/**
 * @typedef {object} Frontmatter
 * @property {Record<string, unknown> | null} frontmatter  null when missing or not a YAML mapping
 * @property {string | null} frontmatterError              YAML parse error message, if any
 * @property {string} body       everything after the closing `---` (line endings normalised to \n)
 * @property {number} bodyLine   1-based line number where the body starts
 */

/**
 * Splits a page's leading `---` YAML block from its body and parses it.
 *
 * @param {string} source  the file's text (CRLF or LF)
 * @returns {Frontmatter}
 * @example
 * readFrontmatter('---\ntitle: T\n---\nBody\n').frontmatter; // { title: 'T' }
 */
export function readFrontmatter(source) {
  const text = source.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { frontmatter: null, frontmatterError: null, body: text, bodyLine: 1 };
  let frontmatter = null;
  let frontmatterError = null;
  try {
    const data = parseYaml(match[1]);
    frontmatter = data && typeof data === 'object' && !Array.isArray(data) ? data : null;
  } catch (error) {
    frontmatterError = error instanceof Error ? error.message : String(error);
  }
  return { frontmatter, frontmatterError, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
