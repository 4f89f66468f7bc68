// @ts-check
// Where scratch builds put their output and cache.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A new, empty output folder for a scratch build, inside `apps/site` as `dist-bench-*` (ignored by
 * git and the linters). Inside the project on purpose: with an `outDir` outside it, Astro 5 also
 * writes its `content-modules.mjs`, `content-assets.mjs` and `collections/` into the output
 * (withastro/astro#14903), in an order that changes between builds.
 * @param {string} repo  @returns {string}
 */
export function scratchOutDir(repo) {
  return mkdtempSync(join(repo, 'apps/site/dist-bench-'));
}

/**
 * The Vite cache folder `apps/site/astro.config.mjs` gives a build folder (one per `SITE_OUT_DIR`),
 * removed after scratch builds so they do not pile up in apps/site/node_modules/.astro.
 * @param {string} repo  @param {string} outDir
 * @example buildCacheDir('/r', '/tmp/x/out') // '/r/apps/site/node_modules/.astro/_tmp_x_out'
 */
export function buildCacheDir(repo, outDir) {
  return join(repo, 'apps/site/node_modules/.astro', outDir.replace(/[^A-Za-z0-9_-]/g, '_'));
}
