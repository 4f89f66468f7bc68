// @ts-check
// JavaScript budget per page: what a page makes the browser download and run before any island
// is visible (scripts, module preloads, inline scripts and their static imports), gzip-sized.
import { gzipSync } from 'node:zlib';
import { pageScripts } from './page-scripts.mjs';
import { moduleGraph } from './static-imports.mjs';

/** Budgets in bytes (1 KB = 1024 bytes) of gzip JS loaded before any island is visible. */
export const BUDGETS = Object.freeze({ textPage: 15 * 1024, widgetPage: 30 * 1024 });

/**
 * @typedef {object} SizedFile
 * @property {string} url URL path of the file, or `inline #n` for the n-th inline script.
 * @property {number} gzipBytes its size after gzip (level 9).
 */

/**
 * @typedef {object} IslandBundle
 * @property {string} name the component export.
 * @property {string} componentUrl
 * @property {SizedFile[]} files the component module and its static imports.
 * @property {number} gzipBytes their sum.
 */

/**
 * @typedef {object} PageJsReport
 * @property {string} page the page's path ("/glossary/").
 * @property {boolean} hasIslands
 * @property {number} budgetBytes the budget that applies to this page.
 * @property {SizedFile[]} initial files loaded before any island is visible, biggest first.
 * @property {number} initialGzipBytes their sum.
 * @property {IslandBundle[]} islands each island's own bundle (loads when it becomes visible).
 * @property {string[]} missing referenced files that are not in the build.
 */

/**
 * Gzip size of a text, in bytes.
 * @param {string} text
 * @returns {number}
 */
export function gzipBytes(text) {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
}

/**
 * Measures one built page.
 * @param {object} options
 * @param {string} options.page the page's site path ("/", "/glossary/").
 * @param {string} options.html the page's HTML.
 * @param {(urlPath: string) => string | null} options.readAsset reads a built file by its URL path
 *   (base included, e.g. "/confnotes/_astro/x.js"); null when it does not exist.
 * @param {string} [options.base] the site's base path ("/" or "/confnotes/"); default "/".
 * @returns {PageJsReport}
 */
export function measurePage({ page, html, readAsset, base = '/' }) {
  const scripts = pageScripts(html);
  const pageUrl = `http://site.invalid${base}${page.replace(/^\//, '')}`;
  /** @param {string} ref */
  const toPath = (ref) => {
    const u = new URL(ref, pageUrl);
    return u.origin === 'http://site.invalid' ? u.pathname : null;
  };
  const entries = [...scripts.external, ...scripts.modulePreloads]
    .map(toPath)
    .filter(/** @returns {p is string} */ (p) => p !== null);
  const graph = moduleGraph(entries, readAsset);
  /** @type {SizedFile[]} */
  const initial = [
    ...graph.files.map((f) => ({ url: f.url, gzipBytes: gzipBytes(f.code) })),
    ...scripts.inline.map((code, i) => ({ url: `inline #${i + 1}`, gzipBytes: gzipBytes(code) })),
  ].sort((a, b) => b.gzipBytes - a.gzipBytes);
  const missing = [...graph.missing];
  /** @type {IslandBundle[]} */
  const islands = [];
  for (const island of scripts.islands) {
    const entry = toPath(island.componentUrl);
    if (entry === null) continue;
    const bundle = moduleGraph([entry], readAsset);
    missing.push(...bundle.missing);
    const files = bundle.files
      .map((f) => ({ url: f.url, gzipBytes: gzipBytes(f.code) }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    islands.push({ name: island.name, componentUrl: entry, files, gzipBytes: sum(files) });
  }
  const hasIslands = scripts.islands.length > 0;
  return {
    page,
    hasIslands,
    budgetBytes: hasIslands ? BUDGETS.widgetPage : BUDGETS.textPage,
    initial,
    initialGzipBytes: sum(initial),
    islands,
    missing: [...new Set(missing)],
  };
}

/**
 * @param {SizedFile[]} files
 * @returns {number}
 */
function sum(files) {
  return files.reduce((total, f) => total + f.gzipBytes, 0);
}

/**
 * Bytes as KB with one decimal ("12.3").
 * @param {number} bytes
 * @returns {string}
 */
export function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}

/**
 * One sentence per page over its budget or referencing missing files; empty when all pass.
 * @param {PageJsReport[]} reports
 * @returns {string[]}
 */
export function budgetFailures(reports) {
  /** @type {string[]} */
  const failures = [];
  for (const r of reports) {
    if (r.missing.length > 0)
      failures.push(`${r.page}: loads files that are not in the build: ${r.missing.join(', ')}`);
    if (r.initialGzipBytes > r.budgetBytes) {
      const biggest = r.initial[0];
      const kind = r.hasIslands ? 'pages with widgets' : 'text-only pages';
      failures.push(
        `${r.page}: ${kb(r.initialGzipBytes)} KB of JS (gzip) before any island is visible, over the ` +
          `${kb(r.budgetBytes)} KB budget for ${kind}; biggest file: ${biggest?.url} (${kb(biggest?.gzipBytes ?? 0)} KB)`,
      );
    }
  }
  return failures;
}
