/**
 * Counts the words of explanation in an MDX body: everything except the original-notes block,
 * fenced code, display math, MDX comments, HTML tags and link targets.
 *
 * @param {string} body  page body without frontmatter
 * @returns {number} number of words (runs of letters/digits, joined by ' ’ or -)
 * @example
 * countWords('Hello <b>world</b> [link](https://x.y)'); // 3
 */
export function countWords(body) {
  const prose = body
    .replace(/<div class="original-notes">[\s\S]*?<\/div>/g, ' ')
    .replace(/^\s{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\s{0,3}\1[^\n]*$/gm, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/\]\([^)\s]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ');
  return (prose.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}
