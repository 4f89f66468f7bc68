import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtmlFiles, readBuilt } from './built-site';

export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

/** Every root-relative or relative link target and #anchor in the build, checked against the files. */
export function findBrokenInternalLinks(root: string, base = '/'): BrokenLink[] {
  const files = builtHtmlFiles(root);
  const idsByPath = new Map<string, Set<string>>();
  const htmlByPath = new Map<string, string>();
  for (const { file, path } of files) {
    const html = readBuilt(file);
    htmlByPath.set(path, html);
    idsByPath.set(path, new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1] ?? ''))));
  }
  const broken: BrokenLink[] = [];
  for (const [pagePath, html] of htmlByPath) {
    for (const match of html.matchAll(ATTR)) {
      const href = decodeEntities(match[1] ?? '');
      if (href === '' || /^(https?:|mailto:|data:|tel:|javascript:)/i.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `http://site.test${base}${pagePath.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page: pagePath, href, problem: `outside the base path ${base}` });
        continue;
      }
      const sitePath = `/${decodeURIComponent(url.pathname.slice(base.length))}`;
      const target = resolveFile(root, sitePath);
      if (!target) {
        broken.push({ page: pagePath, href, problem: 'no such file in the build' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && fragment !== '_top' && target.endsWith('.html')) {
        const targetPath = target === '/' ? '/' : target;
        const ids = idsByPath.get(targetPath);
        if (!ids?.has(fragment)) broken.push({ page: pagePath, href, problem: `no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}

/** The built file a site path maps to: its page path ("/x/") for HTML pages, the path itself for assets. */
function resolveFile(root: string, sitePath: string): string | null {
  const full = join(root, sitePath);
  if (sitePath.endsWith('/')) return existsSync(join(full, 'index.html')) ? sitePath : null;
  if (existsSync(full) && statSync(full).isFile()) return sitePath.endsWith('.html') ? sitePath : sitePath;
  if (existsSync(join(full, 'index.html'))) return `${sitePath}/`;
  return null;
}
