// @ts-check
// Determinism: two builds of the same content must give byte-identical output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './list-files.mjs';

/**
 * @typedef {object} TreeDifference
 * @property {string} file     relative path of the first file (in path order) that differs
 * @property {number} offset   first differing byte, or -1 when the file exists on one side only
 * @property {string} detail   e.g. "only in the first build", "byte 1234 differs"
 */

/**
 * The index of the first byte where two buffers differ, or -1 when they are equal.
 * @param {Uint8Array} a  @param {Uint8Array} b  @returns {number}
 * @example firstDifferentByte(Buffer.from('abc'), Buffer.from('abd')) // 2
 */
export function firstDifferentByte(a, b) {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i += 1) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : shorter;
}

/**
 * Compares every file of two output folders byte for byte.
 * @param {string} first  @param {string} second
 * @returns {{ files: number, difference: TreeDifference | null }} null when identical
 */
export function compareTrees(first, second) {
  const a = listFiles(first);
  const b = listFiles(second);
  const inB = new Set(b);
  const inA = new Set(a);
  const all = [...new Set([...a, ...b])].sort();
  for (const file of all) {
    if (!inB.has(file))
      return { files: all.length, difference: { file, offset: -1, detail: 'only in the first build' } };
    if (!inA.has(file))
      return { files: all.length, difference: { file, offset: -1, detail: 'only in the second build' } };
    const offset = firstDifferentByte(readFileSync(join(first, file)), readFileSync(join(second, file)));
    if (offset !== -1) return { files: all.length, difference: { file, offset, detail: `byte ${offset} differs` } };
  }
  return { files: all.length, difference: null };
}
