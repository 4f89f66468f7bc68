import { allFinite, presortedOrder } from './presorted-order.ts';

/**
 * 13-bit digits: five counting passes over a 64-bit key (13 + 13 + 13 + 13 + 12 bits; the third
 * digit straddles the two 32-bit words). 8192 buckets keep every pass's write streams and
 * counters inside a core's L2 cache, and one pass fewer than 11-bit digits.
 */
const BITS = 13;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
const DIGITS = 5;
/** Below this length the engine's comparison sort is faster than five counting passes. */
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

/**
 * The order-preserving key of a double, as two int32 words (Herman's float flip): negatives get
 * every bit flipped, non-negatives only the sign bit, so unsigned key order = numeric order with
 * −0 before +0. `keyHi`/`keyLo` compute it from the raw words without storing it.
 */
function keyHi(hi: number): number {
  return hi ^ ((hi >> 31) | 0x80000000);
}
function keyLo(lo: number, hi: number): number {
  return lo ^ (hi >> 31);
}

/** Digit `d` (0 = least significant) of a key given as its two words. */
function digitOf(lo: number, hi: number, d: number): number {
  const kl = keyLo(lo, hi);
  const kh = keyHi(hi);
  if (d < 2) return (kl >>> (d * BITS)) & MASK;
  if (d === 2) return midDigit(kl, kh);
  return (kh >>> ((d - 3) * BITS + 7)) & MASK;
}

/** The digit made of the key's top 6 low-word bits and bottom 7 high-word bits. */
function midDigit(kl: number, kh: number): number {
  return (kl >>> 26) | ((kh & 0x7f) << 6);
}

/** Adds one to a counter (int32 counters keep every load an int32 for the JIT; `counts[i]++` does not type-check on indexed reads). */
function bump(counts: Int32Array, index: number): void {
  counts[index] = (counts[index] as number) + 1;
}

/** The five digit histograms of all keys, in one read of the words; false if a value is NaN or ±Infinity. */
function countDigits(words: Int32Array, n: number, counts: Int32Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1] as number;
    if ((hi & EXPONENT) === EXPONENT) finite = false;
    const kh = keyHi(hi);
    const kl = keyLo(words[2 * i] as number, hi);
    bump(counts, kl & MASK);
    bump(counts, RADIX + ((kl >>> BITS) & MASK));
    bump(counts, 2 * RADIX + midDigit(kl, kh));
    bump(counts, 3 * RADIX + ((kh >>> 7) & MASK));
    bump(counts, 4 * RADIX + (kh >>> 20));
  }
  return finite;
}

/**
 * Stable scatter of `src` into `dst` by the key digit of the low words at `shift`; `pos` holds
 * each digit's next slot. (Low- and high-word passes are separate small loops: the JIT keeps each
 * one tight, about twice as fast as one loop that branches on the word.)
 */
function scatterLow(src: Float64Array, words: Int32Array, dst: Float64Array, pos: Int32Array, shift: number): void {
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const digit = (keyLo(words[2 * i] as number, words[2 * i + 1] as number) >>> shift) & MASK;
    const p = pos[digit] as number;
    pos[digit] = p + 1;
    dst[p] = src[i] as number;
  }
}

/** {@link scatterLow} for the digit that straddles the two words. */
function scatterMiddle(src: Float64Array, words: Int32Array, dst: Float64Array, pos: Int32Array): void {
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1] as number;
    const digit = midDigit(keyLo(words[2 * i] as number, hi), keyHi(hi));
    const p = pos[digit] as number;
    pos[digit] = p + 1;
    dst[p] = src[i] as number;
  }
}

/** {@link scatterLow} for a digit of the high words. */
function scatterHigh(src: Float64Array, words: Int32Array, dst: Float64Array, pos: Int32Array, shift: number): void {
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const digit = (keyHi(words[2 * i + 1] as number) >>> shift) & MASK;
    const p = pos[digit] as number;
    pos[digit] = p + 1;
    dst[p] = src[i] as number;
  }
}

/**
 * LSD radix sort of doubles on their IEEE-754 bit patterns, into `data` itself (`inPlace`) or into
 * a fresh array (leaving `data` untouched); null when a value is NaN or ±Infinity.
 *
 * A scan first notices presorted input (ascending: done; descending: reversed). Otherwise one
 * counting pass builds all five digit histograms (and spots non-finite values), and passes whose
 * digit is the same for every key are skipped. Each remaining pass moves whole doubles (finite
 * values are never altered by a typed-array copy) and derives its digit from the raw words, so no
 * key array is stored and nothing is flipped back. A copy's first pass reads the input directly
 * and its passes are ordered so the last one writes the fresh result: the scratch buffer is free
 * afterwards, and `shared` lends it to the next sort. O(n) time; one n-double scratch buffer.
 * −0 sorts before +0.
 *
 * Reference: P. M. Herman, "Radix tricks" (2001); D. E. Knuth, TAOCP vol. 3, §5.2.5.
 */
function radixSort(data: Float64Array, inPlace: boolean, shared?: SortScratch): Float64Array | null {
  const n = data.length;
  const order = n < SMALL ? 'small' : presortedOrder(data);
  if (order !== 'mixed') {
    if (!allFinite(data)) return null;
    const out = inPlace ? data : data.slice();
    return order === 'small' ? out.sort() : order === 'descending' ? out.reverse() : out;
  }
  const counts = new Int32Array(DIGITS * RADIX);
  if (!countDigits(wordsOf(data), n, counts)) return null;
  const first = wordsOf(data);
  const passes: number[] = [];
  for (let d = 0; d < DIGITS; d++) {
    if (counts[d * RADIX + digitOf(first[0] as number, first[1] as number, d)] !== n) passes.push(d);
  }
  if (passes.length === 0) return inPlace ? data : data.slice();
  const scratch = scratchFor(shared, n);
  const result = inPlace ? data : new Float64Array(n);
  let src: Float64Array = data;
  // in place, the first pass must leave `data`; a copy ends in `result` after an odd or even count
  let dst: Float64Array = inPlace || passes.length % 2 === 0 ? scratch : result;
  const pos = new Int32Array(RADIX);
  for (const d of passes) {
    let sum = 0;
    for (let k = 0; k < RADIX; k++) {
      pos[k] = sum;
      sum += counts[d * RADIX + k] as number;
    }
    const words = wordsOf(src);
    if (d < 2) scatterLow(src, words, dst, pos, d * BITS);
    else if (d === 2) scatterMiddle(src, words, dst, pos);
    else scatterHigh(src, words, dst, pos, (d - 3) * BITS + 7);
    src = dst;
    dst = src === scratch ? result : scratch;
  }
  if (src !== result) result.set(src);
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
