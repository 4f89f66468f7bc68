// @ts-check
import { join } from 'node:path';

/**
 * The Vite cache folder `apps/site/astro.config.mjs` gives a build folder (one per `SITE_OUT_DIR`),
 * removed after scratch builds so they do not pile up in apps/site/node_modules/.astro.
 * @param {string} repo  @param {string} outDir
 * @example buildCacheDir('/r', '/tmp/x/out') // '/r/apps/site/node_modules/.astro/_tmp_x_out'
 */
export function buildCacheDir(repo, outDir) {
  return join(repo, 'apps/site/node_modules/.astro', outDir.replace(/[^A-Za-z0-9_-]/g, '_'));
}
