// @ts-check
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';

/**
 * @typedef {object} FrontMatter
 * @property {number} lastLine  1-based line of the closing `---`
 * @property {Record<string, unknown>} data  the parsed YAML mapping
 */

/**
 * @typedef {object} ParsedNotes
 * @property {import('mdast').Root} tree  CommonMark + GFM tree with source positions
 * @property {FrontMatter | null} frontMatter  a leading YAML block, when it parses as a mapping
 */

/**
 * Parses notes as the site renders them (CommonMark + GFM) to find headings, thematic breaks and
 * code fences with their source lines. A leading `---` block counts as front matter only when it
 * is a YAML mapping; otherwise it stays an ordinary thematic break and the text after it.
 *
 * @param {string} text
 * @returns {ParsedNotes}
 */
export function parseNotes(text) {
  const withYaml = fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
  const first = withYaml.children[0];
  if (first?.type === 'yaml') {
    const data = yamlMapping(first.value);
    if (data) return { tree: withYaml, frontMatter: { lastLine: first.position?.end.line ?? 1, data } };
  }
  const tree = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return { tree, frontMatter: null };
}

/**
 * @param {string} value
 * @returns {Record<string, unknown> | null}
 */
function yamlMapping(value) {
  try {
    const data = parseYaml(value);
    return data && typeof data === 'object' && !Array.isArray(data)
      ? /** @type {Record<string, unknown>} */ (data)
      : null;
  } catch {
    return null;
  }
}

/**
 * The `title` and ISO `date` of front matter, when present and of the right shape.
 * @param {FrontMatter | null} frontMatter
 * @returns {{ title?: string, date?: string }}
 */
export function frontMatterFields(frontMatter) {
  if (!frontMatter) return {};
  const { title, date } = frontMatter.data;
  /** @type {{ title?: string, date?: string }} */
  const out = {};
  if (typeof title === 'string' && title.trim()) out.title = title.trim();
  if (date instanceof Date && !Number.isNaN(date.getTime())) out.date = date.toISOString().slice(0, 10);
  else if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date)) out.date = date.slice(0, 10);
  return out;
}
