// The lower levels of the MSD radix sort: one top-digit bucket, already in cache, sorted by the
// next key bits, and runs small enough for an insertion sort.

/** At or below this size a run is finished by insertion sort (fewer moves than another counting pass). */
const INSERTION = 24;
/** Widest digit below the top one: 4096 counters stay in L1 beside a bucket in L2. */
const MAX_BITS = 12;
/** Narrowest digit: a level never splits into fewer than 16 runs. */
const MIN_BITS = 4;

/**
 * Counters for the levels below the top digit, one Int32Array per depth, made on first use and
 * reused by every run at that depth (a level's counters are still read while the level below runs).
 */
export type LevelCounts = Int32Array[];

/**
 * Digit of `width` bits starting `from` bits below the top of a key given as its two words (the
 * order-preserving flip of {@link keyHi}/{@link keyLo} already applied).
 */
function digitAt(kh: number, kl: number, from: number, width: number): number {
  const end = from + width;
  if (end <= 32) return (kh >>> (32 - end)) & ((1 << width) - 1);
  if (from >= 32) return (kl >>> (64 - end)) & ((1 << width) - 1);
  return ((kh << (end - 32)) | (kl >>> (64 - end))) & ((1 << width) - 1);
}

/** The high word of a double's order-preserving key (Herman's flip: all bits of negatives, the sign bit of the rest). */
export function keyHi(hi: number): number {
  return hi ^ ((hi >> 31) | 0x80000000);
}

/** The low word of a double's order-preserving key. */
export function keyLo(lo: number, hi: number): number {
  return lo ^ (hi >> 31);
}

/**
 * Copies `src[lo, hi)` into `dst[lo, hi)` in ascending order by insertion. All values of one run
 * share the key's sign bit (it is the top digit's first bit), so numeric comparison is key order.
 */
function insertionInto(src: Float64Array, dst: Float64Array, lo: number, hi: number): void {
  for (let i = lo; i < hi; i++) {
    const v = src[i] as number;
    let j = i;
    while (j > lo && (dst[j - 1] as number) > v) {
      dst[j] = dst[j - 1] as number;
      j--;
    }
    dst[j] = v;
  }
}

/** True when `src[lo, hi)` holds one value (a run shares its sign, so `===` tells −0 from +0 apart here). Stops at the first difference. */
function allEqual(src: Float64Array, lo: number, hi: number): boolean {
  const v = src[lo] as number;
  for (let i = lo + 1; i < hi; i++) if (src[i] !== v) return false;
  return true;
}

/** Digit width for a run of `size` values: about four values per digit, within the bounds above and the bits left. */
function widthFor(size: number, bitsLeft: number): number {
  const wanted = 31 - Math.clz32(size >>> 1);
  return Math.min(bitsLeft, MAX_BITS, Math.max(MIN_BITS, wanted));
}

/** Histogram of the digit at (`from`, `width`) over `src[lo, hi)` into `counts[0, 2^width)`; true when one digit holds every value. */
function countRun(words: Int32Array, lo: number, hi: number, from: number, width: number, counts: Int32Array): boolean {
  const size = 1 << width;
  counts.fill(0, 0, size);
  for (let i = lo; i < hi; i++) {
    const h = words[2 * i + 1] as number;
    const d = digitAt(keyHi(h), keyLo(words[2 * i] as number, h), from, width);
    counts[d] = (counts[d] as number) + 1;
  }
  const first = digitAt(
    keyHi(words[2 * lo + 1] as number),
    keyLo(words[2 * lo] as number, words[2 * lo + 1] as number),
    from,
    width,
  );
  return counts[first] === hi - lo;
}

/**
 * Sorts `src[lo, hi)` into `dst[lo, hi)`: every value there shares the key's top `from` bits.
 * The run is split by the next digit (skipped when it never varies), and each part is finished
 * by insertion or by the next level; a part sorted one level down lands in `src` and is copied
 * back (rare: only where a part is still large after two digits). `src` is scratch afterwards.
 */
export function sortRun(
  src: Float64Array,
  srcWords: Int32Array,
  dst: Float64Array,
  dstWords: Int32Array,
  lo: number,
  hi: number,
  from: number,
  levels: LevelCounts,
  depth = 0,
): void {
  if (hi - lo <= INSERTION) {
    insertionInto(src, dst, lo, hi);
    return;
  }
  let at = from;
  let width = 0;
  let counts = levels[depth];
  if (counts === undefined) {
    counts = new Int32Array(1 << MAX_BITS);
    levels[depth] = counts;
  }
  for (;;) {
    if (at >= 64 || allEqual(src, lo, hi)) {
      dst.set(src.subarray(lo, hi), lo); // every key equal: nothing to order
      return;
    }
    width = widthFor(hi - lo, 64 - at);
    if (!countRun(srcWords, lo, hi, at, width, counts)) break;
    at += width;
  }
  scatterRun(src, srcWords, dst, lo, hi, at, width, counts);
  let start = lo;
  for (let d = 0; d < 1 << width; d++) {
    const end = counts[d] as number; // after the scatter: the end of part d
    if (end - start > INSERTION) {
      sortRun(dst, dstWords, src, srcWords, start, end, at + width, levels, depth + 1);
      dst.set(src.subarray(start, end), start);
    } else if (end - start > 1) {
      insertionInto(dst, dst, start, end);
    }
    start = end;
  }
}

/** Stable scatter of `src[lo, hi)` into `dst` by the digit at (`from`, `width`); turns counts into part ends. */
function scatterRun(
  src: Float64Array,
  words: Int32Array,
  dst: Float64Array,
  lo: number,
  hi: number,
  from: number,
  width: number,
  counts: Int32Array,
): void {
  let sum = lo;
  for (let d = 0; d < 1 << width; d++) {
    const c = counts[d] as number;
    counts[d] = sum;
    sum += c;
  }
  for (let i = lo; i < hi; i++) {
    const h = words[2 * i + 1] as number;
    const d = digitAt(keyHi(h), keyLo(words[2 * i] as number, h), from, width);
    const p = counts[d] as number;
    counts[d] = p + 1;
    dst[p] = src[i] as number;
  }
}
