// @ts-check
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ImportUsageError } from './errors.mjs';

/**
 * Expands the paths on the command line into notes files: a folder gives its `.md` files, sorted
 * by name (numbers in order). Paths resolve against `cwd`; `source` keeps them as given.
 * @param {string[]} paths
 * @param {string} cwd
 * @returns {Array<{ absPath: string, source: string }>}
 * @throws {ImportUsageError} when a path does not exist or a folder holds no `.md` file
 */
export function listInputs(paths, cwd) {
  return paths.flatMap((given) => {
    const absPath = resolve(cwd, given);
    if (!existsSync(absPath)) throw new ImportUsageError(`${given}: no such file or folder`);
    if (!statSync(absPath).isDirectory()) return [{ absPath, source: given }];
    const names = readdirSync(absPath)
      .filter((name) => /\.(?:md|markdown)$/i.test(name) && statSync(join(absPath, name)).isFile())
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    if (!names.length) throw new ImportUsageError(`${given}: the folder holds no .md file`);
    return names.map((name) => ({ absPath: join(absPath, name), source: join(given, name) }));
  });
}
