import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The site app's folder (apps/site), which relative content paths are resolved against. */
const siteDir = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The content folder the site is built from: `CONFNOTES_CONTENT_DIR` when set (absolute, or
 * relative to apps/site), else the repo's `content/`.
 * @example
 * contentDir({ CONFNOTES_CONTENT_DIR: '/srv/notes' }); // '/srv/notes'
 */
export function contentDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return resolve(siteDir, env.CONFNOTES_CONTENT_DIR || '../../content');
}
