import { readFrontmatter } from './read-frontmatter.mjs';

/**
 * @typedef {object} Heading
 * @property {number} depth  1–6
 * @property {string} text   heading text with inline Markdown removed
 * @property {number} line   1-based line number in the file
 */

/**
 * @typedef {object} ParsedPage
 * @property {Record<string, unknown> | null} frontmatter  null when missing or not a YAML mapping
 * @property {string | null} frontmatterError              YAML parse error message, if any
 * @property {string} body          everything after the closing `---`
 * @property {number} bodyLine      1-based line number where the body starts
 * @property {Heading[]} headings   headings outside fenced code
 * @property {Map<string, string>} sections  h2 text → the section's text up to the next h1/h2
 */

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/**
 * Splits an MDX page into frontmatter, headings and h2 sections.
 *
 * @param {string} source  the file's text
 * @returns {ParsedPage}
 * @example
 * parsePage('---\ntitle: T\n---\n\n## In short\n\ntext\n').sections.get('In short'); // '\ntext\n'
 */
export function parsePage(source) {
  const { frontmatter, frontmatterError, body, bodyLine } = readFrontmatter(source);

  /** @type {Heading[]} */
  const headings = [];
  /** @type {Map<string, string>} */
  const sections = new Map();
  /** @type {string | null} */
  let current = null;
  /** @type {string[]} */
  let buffer = [];
  let fence = '';
  const flush = () => {
    if (current !== null && !sections.has(current)) sections.set(current, buffer.join('\n'));
  };
  body.split('\n').forEach((line, index) => {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = '';
    }
    const headingMatch = !fence && !fenceMatch ? HEADING.exec(line) : null;
    if (headingMatch) {
      const depth = headingMatch[1].length;
      const headingText = stripInlineMarkdown(headingMatch[2]);
      headings.push({ depth, text: headingText, line: bodyLine + index });
      if (depth <= 2) {
        flush();
        current = depth === 2 ? headingText : null;
        buffer = [];
        return;
      }
    }
    buffer.push(line);
  });
  flush();
  return { frontmatter, frontmatterError, body, bodyLine, headings, sections };
}

/**
 * Removes inline Markdown (code ticks, emphasis, links, HTML tags) from heading text.
 * @param {string} text
 * @returns {string}
 */
export function stripInlineMarkdown(text) {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*_]/g, '')
    .trim();
}
