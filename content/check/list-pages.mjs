import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The page files of a content folder, as Astro's docs collection loads them: `.md`/`.mdx` files,
 * skipping `node_modules`, dot-folders, files starting with `_`, `README.md` and the notes
 * folders (`<conf>/notes/**`, rendered inside their talk pages, never pages themselves).
 *
 * @param {string} dir
 * @param {string} [root]
 * @returns {string[]} page files relative to root, with "/" separators, sorted
 * @example
 * listPages('content'); // ['404.mdx', 'srecon23-emea/ebpf-superpowers-for-sre.mdx', …]
 */
export function listPages(dir, root = dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'notes' && dir !== root) continue;
      files.push(...listPages(full, root));
    } else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_') && entry.name !== 'README.md') {
      files.push(relative(root, full).split(sep).join('/'));
    }
  }
  return files.sort();
}

/**
 * A page's id: its path below the content folder without extension or trailing `index`.
 * @param {string} file  e.g. "srecon23-emea/index.mdx"
 * @returns {string} e.g. "srecon23-emea"
 */
export function pageId(file) {
  return file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
}
