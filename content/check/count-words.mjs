/**
 * Counts the words a reader reads in a page's Markdown/MDX body: the one word count of the
 * project. The content check holds `explained` pages to a word budget with it, and the site's
 * reading times and session plans use it.
 *
 * Not counted: the original-notes block, fenced code (``` or ~~~, indented up to 3 spaces),
 * display maths (`$$ … $$`), MDX `import`/`export` lines and `{/* comments *\/}`, HTML and
 * JSX tags on one line (their text content counts), link targets and bare URLs. A word is a
 * run of letters and digits, joined by an apostrophe (' or ’), a hyphen or a dot: "don't",
 * "drift-aware", "0.25", "e.g." and "research.google.com" are one word each; "a -- b" is two.
 *
 * @param {string} body  page body without frontmatter
 * @returns {number} number of words, >= 0
 * @example
 * countWords('Hello <b>world</b> [link](https://x.y)'); // 3
 */
export function countWords(body) {
  const prose = body
    .replace(/<div class="original-notes">[\s\S]*?<\/div>/g, ' ')
    .replace(/^\s{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\s{0,3}\1[^\n]*$/gm, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/^[ \t]*(?:import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/\]\([^)\s]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ');
  return (prose.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;
}
