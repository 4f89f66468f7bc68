import { keyHi, type LevelCounts, sortRun } from './bucket-sort.ts';
import { allFinite, presortedOrder } from './presorted-order.ts';

/**
 * The top digit: the key's sign, exponent and first 4 mantissa bits. Its 65536 buckets split a
 * million doubles into runs that fit a core's L2 cache, where {@link sortRun} finishes them.
 */
const TOP_BITS = 16;
/** Below this length the engine's comparison sort is faster than the counting passes. */
const SMALL = 512;
/** The exponent bits of a double's high word: all ones for NaN and ±Infinity. */
const EXPONENT = 0x7ff00000;

/** A scratch buffer that several sorts in a row share (one n-double allocation instead of one per sort). */
export interface SortScratch {
  buffer: Float64Array | null;
}

/** The first n doubles of the shared scratch, grown when too short; a fresh buffer without one. */
function scratchFor(shared: SortScratch | undefined, n: number): Float64Array {
  if (shared === undefined) return new Float64Array(n);
  if (shared.buffer === null || shared.buffer.length < n) shared.buffer = new Float64Array(n);
  return shared.buffer.subarray(0, n);
}

/** Histogram of the top key digit, in one read of the high words; false if a value is NaN or ±Infinity. */
function countTop(words: Int32Array, n: number, counts: Int32Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1] as number;
    if ((hi & EXPONENT) === EXPONENT) finite = false;
    const d = keyHi(hi) >>> TOP_BITS;
    counts[d] = (counts[d] as number) + 1;
  }
  return finite;
}

/** Scatter of `src` into `dst` by the top key digit; turns `counts` into each bucket's end. */
function scatterTop(src: Float64Array, words: Int32Array, dst: Float64Array, counts: Int32Array): void {
  let sum = 0;
  for (let d = 0; d < counts.length; d++) {
    const c = counts[d] as number;
    counts[d] = sum;
    sum += c;
  }
  for (let i = 0; i < src.length; i++) {
    const d = keyHi(words[2 * i + 1] as number) >>> TOP_BITS;
    const p = counts[d] as number;
    counts[d] = p + 1;
    dst[p] = src[i] as number;
  }
}

/**
 * MSD radix sort of doubles on their IEEE-754 bit patterns, into `data` itself (`inPlace`) or into
 * a fresh array (leaving `data` untouched); null when a value is NaN or ±Infinity.
 *
 * A scan first notices presorted input (ascending: done; descending: reversed). Otherwise one
 * counting pass builds the histogram of the top 16 key bits (and spots non-finite values), one
 * scatter moves every double into its top bucket in the scratch buffer, and each bucket — small
 * enough to stay in cache — is sorted from there into the result by the next digits
 * ({@link sortRun}), finishing short runs by insertion. Doubles move whole (finite values are
 * never altered by a typed-array copy) and each digit is derived from the raw words, so no key
 * array is stored and nothing is flipped back. The scratch buffer is free afterwards, and `shared`
 * lends it to the next sort. O(n) time for spread-out data (at most 64 bits of digits per value);
 * one n-double scratch buffer. −0 sorts before +0.
 *
 * Reference: P. M. Herman, "Radix tricks" (2001); D. E. Knuth, TAOCP vol. 3, §5.2.5; P. M.
 * McIlroy, K. Bostic, M. D. McIlroy, "Engineering radix sort" (1993).
 */
function radixSort(data: Float64Array, inPlace: boolean, shared?: SortScratch): Float64Array | null {
  const n = data.length;
  const order = n < SMALL ? 'small' : presortedOrder(data);
  if (order !== 'mixed') {
    if (!allFinite(data)) return null;
    const out = inPlace ? data : data.slice();
    return order === 'small' ? out.sort() : order === 'descending' ? out.reverse() : out;
  }
  const counts = new Int32Array(1 << TOP_BITS);
  if (!countTop(wordsOf(data), n, counts)) return null;
  const scratch = scratchFor(shared, n);
  const result = inPlace ? data : new Float64Array(n);
  scatterTop(data, wordsOf(data), scratch, counts);
  const scratchWords = wordsOf(scratch);
  const resultWords = wordsOf(result);
  const levels: LevelCounts = [];
  let start = 0;
  for (let d = 0; d < counts.length; d++) {
    const end = counts[d] as number;
    if (end > start) sortRun(scratch, scratchWords, result, resultWords, start, end, TOP_BITS, levels);
    start = end;
  }
  return result;
}

/** The two 32-bit words of each double (little-endian: low word first), as a view. */
function wordsOf(values: Float64Array): Int32Array {
  return new Int32Array(values.buffer, values.byteOffset, values.length * 2);
}

/** Sorts finite doubles ascending in place (see {@link radixSort}); returns `data`. Callers guarantee no NaN or ±Infinity. */
export function radixSortInPlace(data: Float64Array, shared?: SortScratch): Float64Array {
  return radixSort(data, true, shared) ?? data;
}

/**
 * An ascending copy of `data` (see {@link radixSort}), or null when it holds NaN or ±Infinity —
 * found while counting digits, so the check costs no pass of its own. `data` is not changed;
 * `shared` lends one scratch buffer to several sorts in a row.
 */
export function radixSortedCopy(data: Float64Array, shared?: SortScratch): Float64Array | null {
  return radixSort(data, false, shared);
}
