import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outDir, subpathOutDir } from './env';

const siteDir = fileURLToPath(new URL('../../apps/site/', import.meta.url));
/** The root build that `astro preview` serves (E2E_PORT, default 4321). */
export const distDir = resolve(siteDir, outDir);
/** The SITE_BASE=/confnotes/ build (served on E2E_PORT + 1). */
export const subpathDistDir = resolve(siteDir, subpathOutDir);
/** The content folder the site was built from: CONFNOTES_CONTENT_DIR (relative to apps/site) or the repo's. */
export const contentDir = resolve(siteDir, process.env.CONFNOTES_CONTENT_DIR ?? '../../content');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Every built HTML file, as { file, path } with path the URL path ("/glossary/"). */
export function builtHtmlFiles(root = distDir): Array<{ file: string; path: string }> {
  if (!existsSync(root)) throw new Error(`No build at ${root}: run \`pnpm build\` first.`);
  return walk(root)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const rel = relative(root, file).split(sep).join('/');
      const path =
        rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { file, path };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** URL paths of the site's pages (not the 404 page). */
export function pagePaths(root = distDir): string[] {
  return builtHtmlFiles(root)
    .map((f) => f.path)
    .filter((p) => p !== '/404.html');
}

export function readBuilt(file: string): string {
  return readFileSync(file, 'utf8');
}
