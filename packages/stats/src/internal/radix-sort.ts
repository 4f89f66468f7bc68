/**
 * In-place ascending sort of a Float64Array by LSD radix sort on the IEEE-754 bit patterns.
 *
 * Each double is viewed as two little-endian uint32 words. Keys are made order-preserving by
 * flipping all bits of negatives and only the sign bit of non-negatives, then sorted by six
 * 11/11/10-bit digit passes (passes whose digit is constant are skipped), then flipped back.
 * O(n) time, O(n) extra memory. Small arrays use the engine's numeric typed-array sort.
 * Callers guarantee the array holds no NaN (cleaned input). -0 sorts before +0.
 */
export function radixSortInPlace(data: Float64Array): Float64Array {
  const n = data.length;
  if (n < 512) return data.sort();
  const keys = new Uint32Array(data.buffer, data.byteOffset, n * 2);
  const words = n * 2;
  for (let i = 0; i < words; i += 2) {
    const hi = keys[i + 1] as number;
    if (hi >= 0x80000000) {
      keys[i] = ~(keys[i] as number);
      keys[i + 1] = ~hi;
    } else {
      keys[i + 1] = hi | 0x80000000;
    }
  }
  const radix = 2048;
  const counts = new Uint32Array(6 * radix);
  for (let i = 0; i < words; i += 2) {
    const lo = keys[i] as number;
    const hi = keys[i + 1] as number;
    (counts[lo & 0x7ff] as number)++;
    (counts[radix + ((lo >>> 11) & 0x7ff)] as number)++;
    (counts[2 * radix + (lo >>> 22)] as number)++;
    (counts[3 * radix + (hi & 0x7ff)] as number)++;
    (counts[4 * radix + ((hi >>> 11) & 0x7ff)] as number)++;
    (counts[5 * radix + (hi >>> 22)] as number)++;
  }
  let src: Uint32Array = keys;
  let dst: Uint32Array = new Uint32Array(words);
  const pos = new Uint32Array(radix);
  for (let pass = 0; pass < 6; pass++) {
    const base = pass * radix;
    let skip = false;
    let sum = 0;
    for (let d = 0; d < radix; d++) {
      const c = counts[base + d] as number;
      if (c === n) skip = true;
      pos[d] = sum;
      sum += c;
    }
    if (skip) continue;
    const word = pass < 3 ? 0 : 1;
    const shift = (pass % 3) * 11;
    for (let i = 0; i < words; i += 2) {
      const lo = src[i] as number;
      const hi = src[i + 1] as number;
      const d = ((word === 0 ? lo : hi) >>> shift) & 0x7ff;
      const p = (pos[d] as number) * 2;
      pos[d] = (pos[d] as number) + 1;
      dst[p] = lo;
      dst[p + 1] = hi;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== keys) keys.set(src);
  for (let i = 0; i < words; i += 2) {
    const hi = keys[i + 1] as number;
    if (hi >= 0x80000000) {
      keys[i + 1] = hi & 0x7fffffff;
    } else {
      keys[i] = ~(keys[i] as number);
      keys[i + 1] = ~hi;
    }
  }
  return data;
}
