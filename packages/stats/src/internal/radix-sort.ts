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

/**
 * How `data` is laid out already: 'ascending' or 'descending' in key order (−0 before +0), found
 * by a scan that stops at the first pair out of order in both directions (one or two steps on
 * shuffled data, one pass on presorted data).
 */
function presortedOrder(data: Float64Array): 'ascending' | 'descending' | 'mixed' {
  const n = data.length;
  let ascending = true;
  let descending = true;
  for (let i = 1; i < n && (ascending || descending); i++) {
    const x = data[i - 1] as number;
    const y = data[i] as number;
    if (x > y) ascending = false;
    else if (x < y) descending = false;
    else if (x === 0 && 1 / x !== 1 / y) {
      // +0 then −0 is out of ascending order, −0 then +0 out of descending order
      if (1 / x > 0) ascending = false;
      else descending = false;
    }
  }
  return ascending ? 'ascending' : descending ? 'descending' : 'mixed';
}

/** Adds one to a counter (int32 counters keep every load an int32 for the JIT; `counts[i]++` does not type-check on indexed reads). */
function bump(counts: Int32Array, index: number): void {
  counts[index] = (counts[index] as number) + 1;
}

/** The five digit histograms of all keys, in one read of the words. */
function countDigits(words: Int32Array, n: number, counts: Int32Array): void {
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1] as number;
    const kh = keyHi(hi);
    const kl = keyLo(words[2 * i] as number, hi);
    bump(counts, kl & MASK);
    bump(counts, RADIX + ((kl >>> BITS) & MASK));
    bump(counts, 2 * RADIX + midDigit(kl, kh));
    bump(counts, 3 * RADIX + ((kh >>> 7) & MASK));
    bump(counts, 4 * RADIX + (kh >>> 20));
  }
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
 * LSD radix sort of finite doubles on their IEEE-754 bit patterns, into `data` itself
 * (`inPlace`) or into a fresh array (leaving `data` untouched).
 *
 * A scan first notices presorted input (ascending: done; descending: reversed). Otherwise one
 * counting pass builds all five digit histograms, and passes whose digit is the same for every
 * key are skipped. Each remaining pass moves whole doubles (finite values are never altered by a
 * typed-array copy) and derives its digit from the raw words, so no key array is stored and
 * nothing is flipped back; a copy's first pass reads the input directly. O(n) time; one n-double
 * scratch buffer (two for a copy). Callers guarantee no NaN. −0 sorts before +0.
 *
 * Reference: P. M. Herman, "Radix tricks" (2001); D. E. Knuth, TAOCP vol. 3, §5.2.5.
 */
function radixSort(data: Float64Array, inPlace: boolean): Float64Array {
  const n = data.length;
  if (n < SMALL) return inPlace ? data.sort() : data.slice().sort();
  const order = presortedOrder(data);
  if (order === 'ascending') return inPlace ? data : data.slice();
  if (order === 'descending') return inPlace ? data.reverse() : data.slice().reverse();
  const counts = new Int32Array(DIGITS * RADIX);
  countDigits(wordsOf(data), n, counts);
  const first = wordsOf(data);
  const passes: number[] = [];
  for (let d = 0; d < DIGITS; d++) {
    if (counts[d * RADIX + digitOf(first[0] as number, first[1] as number, d)] !== n) passes.push(d);
  }
  const scratch = new Float64Array(n);
  let src: Float64Array = data;
  let dst: Float64Array = scratch;
  const other = inPlace ? data : new Float64Array(n);
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
    dst = src === scratch ? other : scratch;
  }
  if (!inPlace) return src;
  if (src !== data) data.set(src);
  return data;
}

/** The two 32-bit words of each double (little-endian: low word first), as a view. */
function wordsOf(values: Float64Array): Int32Array {
  return new Int32Array(values.buffer, values.byteOffset, values.length * 2);
}

/** Sorts finite doubles ascending in place (see {@link radixSort}); returns `data`. */
export function radixSortInPlace(data: Float64Array): Float64Array {
  return radixSort(data, true);
}

/** An ascending copy of finite doubles; `data` is not changed (see {@link radixSort}). */
export function radixSortedCopy(data: Float64Array): Float64Array {
  return radixSort(data, false);
}
