// @ts-check
// Which scripts a built HTML page loads before any island becomes visible, and which load later.

/**
 * @typedef {object} PageScripts
 * @property {string[]} external `<script src>` URLs, in document order.
 * @property {string[]} modulePreloads `<link rel="modulepreload" href>` URLs.
 * @property {string[]} inline bodies of inline `<script>` elements that run (JSON data blocks excluded).
 * @property {Island[]} islands the page's `<astro-island>` elements.
 */

/**
 * @typedef {object} Island
 * @property {string} componentUrl the island's component module (loads when the island hydrates).
 * @property {string | null} rendererUrl the framework renderer module (also loads at hydration).
 * @property {string} name the component export, for reports ("DriftLab").
 * @property {string | null} client the hydration directive ("visible", "load", …).
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b([^>]*)>/gi;
const ISLAND = /<astro-island\b([^>]*)>/gi;
/** Types that the browser does not execute as script (data blocks). */
const RUNNABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * The value of one attribute in a start tag's attribute text, entity-decoded; null when absent.
 * @param {string} attrs
 * @param {string} name
 * @returns {string | null}
 */
export function attribute(attrs, name) {
  const re = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=\\s|$|/)`, 'i');
  const m = re.exec(attrs);
  if (!m) return null;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}

/**
 * @param {string} text
 * @returns {string}
 */
function decodeEntities(text) {
  return text
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Lists a page's scripts from its HTML. Comments are ignored.
 * @param {string} html
 * @returns {PageScripts}
 * @example pageScripts('<script src="/a.js"></script>').external // ['/a.js']
 */
export function pageScripts(html) {
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  /** @type {PageScripts} */
  const out = { external: [], modulePreloads: [], inline: [], islands: [] };
  for (const m of source.matchAll(SCRIPT)) {
    const attrs = m[1] ?? '';
    const type = (attribute(attrs, 'type') ?? '').trim().toLowerCase();
    if (!RUNNABLE_TYPES.has(type)) continue;
    const src = attribute(attrs, 'src');
    if (src !== null) out.external.push(src);
    else if ((m[2] ?? '').trim() !== '') out.inline.push(m[2] ?? '');
  }
  for (const m of source.matchAll(LINK)) {
    const attrs = m[1] ?? '';
    const rel = (attribute(attrs, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(attrs, 'href');
    if (rel.includes('modulepreload') && href) out.modulePreloads.push(href);
  }
  for (const m of source.matchAll(ISLAND)) {
    const attrs = m[1] ?? '';
    const componentUrl = attribute(attrs, 'component-url');
    if (!componentUrl) continue;
    out.islands.push({
      componentUrl,
      rendererUrl: attribute(attrs, 'renderer-url') || null,
      name: attribute(attrs, 'component-export') || componentUrl,
      client: attribute(attrs, 'client'),
    });
  }
  return out;
}
