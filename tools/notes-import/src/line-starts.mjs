// @ts-check

/**
 * Offsets (UTF-16 code units) where each line of `text` starts, as CommonMark counts lines:
 * `\r\n`, `\r` and `\n` each end a line. Index 0 is line 1; a final line ending starts no line.
 *
 * @example lineStarts('a\r\nb\n') // [0, 3]
 * @param {string} text
 * @returns {number[]}
 */
export function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i += 1;
    if ((ch === 13 || ch === 10) && i + 1 < text.length) starts.push(i + 1);
  }
  return starts;
}

/**
 * The 1-based line that contains offset `offset` of the text whose line starts are `starts`.
 * @param {number[]} starts  from {@link lineStarts}
 * @param {number} offset
 * @returns {number}
 */
export function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
