// Where the site reads its content from: the repo's content/ folder, or the absolute path in
// CONFNOTES_CONTENT_DIR (a scratch folder, e.g. for an import e2e). Everything in apps/site that
// reads content/ asks this function.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @param {Record<string, string | undefined>} [env]  defaults to process.env
 * @returns {string} absolute path of the content folder, ending in "/"
 * @throws {Error} when CONFNOTES_CONTENT_DIR is set but not an absolute path
 * @example contentDir({ CONFNOTES_CONTENT_DIR: '/srv/notes' }) // '/srv/notes/'
 */
export function contentDir(env = process.env) {
  const chosen = env.CONFNOTES_CONTENT_DIR;
  if (chosen === undefined || chosen === '') return fileURLToPath(new URL('../../../../content/', import.meta.url));
  if (!isAbsolute(chosen)) {
    throw new Error(`CONFNOTES_CONTENT_DIR must be an absolute path (got "${chosen}")`);
  }
  return `${resolve(chosen)}/`;
}
