// @ts-check
// Sizes of a built site: the whole output, its HTML pages, listing pages and sidebars.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './list-files.mjs';
import { sidebarHtml } from './sidebar-html.mjs';

/** Listing pages: the home page and the indexes of conferences, tags, speakers and search. */
const LISTING = /^(index\.html|(conferences|tags|speakers|search)\/(.*\/)?index\.html)$/;

/**
 * Whether an output path is a listing page, which must stay small however many talks there are.
 * @param {string} path  relative to the output folder
 * @example isListingPage('tags/slo/2/index.html') // true
 */
export function isListingPage(path) {
  return LISTING.test(path);
}

/** @typedef {{ path: string, bytes: number }} PageSize */

/**
 * @typedef {object} OutputSizes
 * @property {number} files
 * @property {number} totalBytes
 * @property {number} htmlPages
 * @property {PageSize} largestPage         over every HTML page
 * @property {PageSize} largestListingPage  over {@link isListingPage} pages
 * @property {{ median: number, max: number, maxPath: string }} sidebarBytes  per page, of the sidebar's outer HTML
 */

/**
 * The middle value of a sorted list (the lower middle for an even count), 0 when empty.
 * @param {readonly number[]} sorted  @returns {number}
 */
export function median(sorted) {
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/**
 * @param {string} outDir  a built site
 * @returns {OutputSizes}
 */
export function measureOutput(outDir) {
  const files = listFiles(outDir);
  let totalBytes = 0;
  const none = { path: '', bytes: 0 };
  let largestPage = none;
  let largestListingPage = none;
  /** @type {{ path: string, bytes: number }[]} */
  const sidebars = [];
  for (const path of files) {
    const bytes = statSync(join(outDir, path)).size;
    totalBytes += bytes;
    if (!path.endsWith('.html')) continue;
    if (bytes > largestPage.bytes) largestPage = { path, bytes };
    if (isListingPage(path) && bytes > largestListingPage.bytes) largestListingPage = { path, bytes };
    const nav = sidebarHtml(readFileSync(join(outDir, path), 'utf8'));
    if (nav !== '') sidebars.push({ path, bytes: Buffer.byteLength(nav) });
  }
  const sorted = sidebars.map((s) => s.bytes).sort((a, b) => a - b);
  const widest = sidebars.reduce((a, b) => (b.bytes > a.bytes ? b : a), none);
  return {
    files: files.length,
    totalBytes,
    htmlPages: files.filter((f) => f.endsWith('.html')).length,
    largestPage,
    largestListingPage,
    sidebarBytes: { median: median(sorted), max: widest.bytes, maxPath: widest.path },
  };
}
