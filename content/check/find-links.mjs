/**
 * @typedef {object} FoundLink
 * @property {string} url   absolute URL (protocol-relative and www. links get https://)
 * @property {number} line  1-based line number in the file
 */

const URL_PATTERN = /https?:\/\/[^\s<>"'`)\]]+|(?<=href=["'])\/\/[^"']+|(?<![\w/.@-])www\.[a-z0-9-]+\.[^\s<>"'`)\]]+/gi;

/**
 * Finds every external link target in an MDX file — Markdown links, raw URLs (which GFM makes
 * clickable), `www.` autolinks, `href` attributes and URLs in frontmatter — but not text inside
 * fenced code blocks or inline code, which is never rendered as a link.
 *
 * @param {string} source  the whole file
 * @returns {FoundLink[]}
 * @example
 * findLinks('See [RFC](https://www.rfc-editor.org/rfc/rfc9000).')[0].url; // 'https://www.rfc-editor.org/rfc/rfc9000'
 */
export function findLinks(source) {
  /** @type {FoundLink[]} */
  const links = [];
  let fence = '';
  source.split(/\r\n?|\n/).forEach((line, index) => {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1];
      else if (fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = '';
      return;
    }
    if (fence) return;
    const visible = line.replace(/(`+)[^`]*?\1/g, ' ');
    for (const match of visible.matchAll(URL_PATTERN)) {
      let url = match[0].replace(/[.,;:!?*_~]+$/, '');
      if (url.startsWith('//')) url = `https:${url}`;
      else if (/^www\./i.test(url)) url = `https://${url}`;
      links.push({ url, line: index + 1 });
    }
  });
  return links;
}

/**
 * Whether a URL is covered by an allow-list entry: a host (subdomains included) or a host with
 * a path prefix, matched at a path boundary.
 *
 * @param {string} url                   absolute URL
 * @param {readonly string[]} allowList  entries such as "usenix.org" or "github.com/owner/repo"
 * @returns {boolean}
 * @example
 * isAllowedUrl('https://www.usenix.org/x', ['usenix.org']); // true
 * isAllowedUrl('https://github.com/other/repo', ['github.com/owner/repo']); // false
 */
export function isAllowedUrl(url, allowList) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  const target = parsed.pathname + parsed.search;
  return allowList.some((entry) => {
    const slash = entry.indexOf('/');
    const entryHost = (slash === -1 ? entry : entry.slice(0, slash)).toLowerCase();
    if (host !== entryHost && !host.endsWith(`.${entryHost}`)) return false;
    if (slash === -1) return true;
    const prefix = entry.slice(slash);
    if (!target.startsWith(prefix)) return false;
    const next = target.charAt(prefix.length);
    return next === '' || next === '/' || next === '?' || next === '#' || next === '&';
  });
}
