// @ts-check
// The real `complete` talk pages the generator copies its complete pages from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '@confnotes/content/frontmatter';
import { listPages } from '@confnotes/content/pages';

/**
 * @typedef {object} TalkTemplate
 * @property {string} id            "<conference>/<slug>" of the real page
 * @property {Record<string, unknown>} frontmatter
 * @property {string} body          the MDX after the frontmatter
 * @property {string} notes         its notes file
 * @property {{ name: string, text: string }[]} partials  `_*.mdx` files the body imports from its folder
 */

const PARTIAL_IMPORT = /from '\.\/(_[^'/]+\.mdx)'/g;

/**
 * Every `stage: complete` talk page of a content folder that has a notes file, in id order.
 *
 * @param {string} contentDir
 * @returns {TalkTemplate[]}
 */
export function readTemplates(contentDir) {
  /** @type {TalkTemplate[]} */
  const templates = [];
  for (const file of listPages(contentDir)) {
    const [folder, name, ...deeper] = file.split('/');
    if (!folder || !name || deeper.length > 0 || !name.endsWith('.mdx') || name === 'index.mdx') continue;
    const dir = join(contentDir, folder);
    const slug = name.replace(/\.mdx$/, '');
    const notesFile = join(dir, 'notes', `${slug}.md`);
    const { frontmatter, body } = readFrontmatter(readFileSync(join(dir, name), 'utf8'));
    if (frontmatter?.pageType !== 'talk' || frontmatter.stage !== 'complete' || !existsSync(notesFile)) continue;
    const partials = [...body.matchAll(PARTIAL_IMPORT)].map(([, partial = '']) => ({
      name: partial,
      text: readFileSync(join(dir, partial), 'utf8'),
    }));
    templates.push({ id: `${folder}/${slug}`, frontmatter, body, notes: readFileSync(notesFile, 'utf8'), partials });
  }
  return templates;
}
