// @ts-check
// The navigation a page carries: Starlight's `<nav aria-label="Main">` sidebar element.

const SIDEBAR_START = /<nav\b[^>]*\baria-label="Main"[^>]*>/;
const NAV_TAG = /<(\/?)nav\b[^>]*>/g;

/**
 * The outer HTML of a page's sidebar (`<nav … aria-label="Main">` to its matching `</nav>`,
 * nested `<nav>`s included), or "" when the page has none.
 * @param {string} html  @returns {string}
 * @example sidebarHtml('<p></p><nav aria-label="Main"><a>x</a></nav>') // '<nav aria-label="Main"><a>x</a></nav>'
 */
export function sidebarHtml(html) {
  const start = SIDEBAR_START.exec(html);
  if (!start) return '';
  NAV_TAG.lastIndex = start.index + start[0].length;
  let depth = 1;
  for (let tag = NAV_TAG.exec(html); tag; tag = NAV_TAG.exec(html)) {
    depth += tag[1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(start.index, tag.index + tag[0].length);
  }
  return html.slice(start.index);
}
