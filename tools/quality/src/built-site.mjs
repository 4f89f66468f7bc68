// @ts-check
// The pages and files of a static build folder, addressed by URL path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * @param {string} dir
 * @param {string[]} out
 * @returns {string[]}
 */
function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/**
 * Every HTML page of a build as { file, page } with `page` the site path ("/glossary/"), sorted.
 * @param {string} distDir
 * @returns {Array<{ file: string, page: string }>}
 * @throws {Error} when the folder does not exist (the site has not been built).
 */
export function builtPages(distDir) {
  if (!existsSync(distDir)) throw new Error(`builtPages requires a build at ${distDir} (run \`pnpm build\` first)`);
  return walk(distDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const rel = relative(distDir, file).split(sep).join('/');
      const page = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`;
      return { file, page };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}

/**
 * A reader for built files by URL path (base included); null for anything outside the build.
 * @param {string} distDir
 * @param {string} [base] "/" or "/confnotes/"
 * @returns {(urlPath: string) => string | null}
 */
export function assetReader(distDir, base = '/') {
  return (urlPath) => {
    if (!urlPath.startsWith(base)) return null;
    const rel = decodeURIComponent(urlPath.slice(base.length));
    if (rel.split('/').includes('..')) return null;
    const file = join(distDir, rel);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : null;
  };
}
