// @ts-check
import { readFileSync, statSync } from 'node:fs';
import { ImportInputError } from './errors.mjs';

/** Inputs above this many bytes are refused (a notes file is text; this is a pasted binary). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * @typedef {object} InputFile
 * @property {string} source  the path as the user gave it (shown in messages and the plan)
 * @property {string} absPath  absolute path on disk
 * @property {Uint8Array} bytes  the file as read
 * @property {string} text  the bytes decoded as UTF-8, a byte-order mark kept
 */

/**
 * Reads one notes file and refuses what is not a Markdown text: over {@link MAX_INPUT_BYTES},
 * empty or only whitespace, containing a NUL byte (binary), or not valid UTF-8.
 *
 * @param {string} absPath
 * @param {string} source  the path as given, for messages
 * @returns {InputFile}
 * @throws {ImportInputError} `TOO_LARGE`, `EMPTY`, `BINARY`, `NOT_UTF8`
 */
export function readInput(absPath, source) {
  const size = statSync(absPath).size;
  if (size > MAX_INPUT_BYTES) {
    throw new ImportInputError('TOO_LARGE', source, 1, `file is ${size} bytes; the limit is ${MAX_INPUT_BYTES} (5 MB)`);
  }
  const bytes = new Uint8Array(readFileSync(absPath));
  return decodeInput(bytes, source, absPath);
}

/**
 * Checks and decodes bytes already read (see {@link readInput}).
 * @param {Uint8Array} bytes
 * @param {string} source
 * @param {string} absPath
 * @returns {InputFile}
 */
export function decodeInput(bytes, source, absPath) {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ImportInputError(
      'BINARY',
      source,
      lineOfByte(bytes, nul),
      'contains a NUL byte: this is a binary file, not Markdown',
    );
  }
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new ImportInputError(
      'NOT_UTF8',
      source,
      lineOfByte(bytes, bad),
      `not valid UTF-8 (byte ${bad}); save the file as UTF-8`,
    );
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new ImportInputError('EMPTY', source, 1, 'the file is empty');
  }
  return { source, absPath, bytes, text };
}

/**
 * 1-based line of byte `index`, counting `\n`, `\r\n` and lone `\r` as line ends.
 * @param {Uint8Array} bytes
 * @param {number} index
 */
function lineOfByte(bytes, index) {
  let line = 1;
  for (let i = 0; i < index; i += 1) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line += 1;
  }
  return line;
}

/**
 * Index of the first byte that does not start a well-formed UTF-8 sequence.
 * @param {Uint8Array} bytes
 */
function firstInvalidUtf8(bytes) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return Math.max(0, bytes.length - 1);
}
