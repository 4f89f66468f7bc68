// @ts-check
// External URLs a built page links to or loads.
import { attribute } from './js-budget/page-scripts.mjs';

const TAG = /<(a|area|link|script|img|iframe|source|video|audio|embed|object|form)\b([^>]*)>/gi;
const URL_ATTRS = ['href', 'src', 'srcset', 'data', 'action', 'poster'];

/**
 * @typedef {object} ExternalRef
 * @property {string} url absolute URL (`http:`, `https:` or protocol-relative made `https:`).
 * @property {string} tag the element ("a", "img", …).
 * @property {boolean} navigation true for links the reader follows (`<a>`, `<area>`), false for
 *   resources the page would load itself.
 */

/**
 * Every absolute http(s) URL in a page's elements, in document order (comments ignored).
 * `<link rel="canonical|alternate|sitemap">` are the site's own metadata, not fetched: skipped.
 * @param {string} html
 * @returns {ExternalRef[]}
 * @example externalRefs('<a href="https://x.org/a">x</a>') // [{ url: 'https://x.org/a', tag: 'a', navigation: true }]
 */
export function externalRefs(html) {
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  /** @type {ExternalRef[]} */
  const out = [];
  for (const m of source.matchAll(TAG)) {
    const tag = (m[1] ?? '').toLowerCase();
    const attrs = m[2] ?? '';
    if (tag === 'link' && /\b(canonical|alternate|sitemap)\b/i.test(attribute(attrs, 'rel') ?? '')) continue;
    for (const name of URL_ATTRS) {
      const value = attribute(attrs, name);
      if (!value) continue;
      const candidates = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const raw of candidates) {
        const url = raw.startsWith('//') ? `https:${raw}` : raw;
        if (/^https?:\/\//i.test(url)) out.push({ url, tag, navigation: tag === 'a' || tag === 'area' });
      }
    }
  }
  return out;
}
