// @ts-check
import { readdirSync } from 'node:fs';

/**
 * Every file under `dir`, as "/"-separated paths relative to it, sorted.
 * @param {string} dir  @returns {string[]}
 */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(dir.replace(/\/$/, '').length + 1))
    .sort();
}
