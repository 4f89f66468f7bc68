// @ts-check
// The files of a git checkout: what the repository holds or is about to hold.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Repo-relative paths (forward slashes) of every tracked file plus every untracked file git does
 * not ignore, sorted: a file about to be added is checked before it is committed.
 * Tracked files deleted from the working tree are left out.
 * @param {string} root the checkout's top folder.
 * @returns {string[]}
 * @throws {Error} when `root` is not inside a git checkout (git's own message).
 */
export function repoFiles(root) {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  const deleted = new Set(
    execFileSync('git', ['ls-files', '-z', '--deleted'], { cwd: root, encoding: 'utf8' }).split('\0'),
  );
  return [...new Set(out.split('\0'))].filter((p) => p !== '' && !deleted.has(p)).sort();
}

/**
 * Reads the given repo-relative files as UTF-8 text.
 * @param {string} root the checkout's top folder.
 * @param {string[]} paths repo-relative paths.
 * @returns {Array<{ path: string, source: string }>}
 */
export function readRepoFiles(root, paths) {
  return paths.map((path) => ({ path, source: readFileSync(join(root, path), 'utf8') }));
}
