// @ts-check
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The file of a page in a conference folder: the one the team has, `<slug>.mdx` or `<slug>.md`,
 * or, for a new page, `<slug>.md`. New pages are Markdown because an imported page has no body
 * to compile: a `.md` page is rendered once by the content layer, while each `.mdx` page is
 * also compiled and bundled as a module, which at a thousand talks costs about a gigabyte of
 * build memory for the same HTML. A team renames the file to `.mdx` when it adds a demo
 * (docs/content-layout.md); a re-import then finds the `.mdx` and leaves it alone.
 *
 * @param {string} conferenceDir  absolute `content/<slug>/`
 * @param {string} slug           the page's slug; `index` for the conference page
 * @returns {{ path: string, exists: boolean }}
 * @example pageFile('/repo/content/kc/', 'alpha') // { path: '/repo/content/kc/alpha.md', exists: false }
 */
export function pageFile(conferenceDir, slug) {
  for (const extension of ['.mdx', '.md']) {
    const path = join(conferenceDir, `${slug}${extension}`);
    if (existsSync(path)) return { path, exists: true };
  }
  return { path: join(conferenceDir, `${slug}.md`), exists: false };
}
