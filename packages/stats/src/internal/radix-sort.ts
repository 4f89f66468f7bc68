const RADIX = 2048;

/** Order-preserving key of a double's high word (sign and exponent first), as uint32. */
function keyHi(hi: number): number {
  return hi >= 0x80000000 ? ~hi >>> 0 : (hi | 0x80000000) >>> 0;
}

/**
 * In-place ascending sort of a Float64Array by LSD radix sort on the IEEE-754 bit patterns.
 *
 * Each double is viewed as two little-endian uint32 words. Keys are made order-preserving by
 * flipping all bits of negatives and only the sign bit of non-negatives (done while counting),
 * then sorted by six 11/11/10-bit digit passes — passes whose digit is the same for every key
 * are skipped — and flipped back during the last pass. O(n) time, O(n) extra memory. Small
 * arrays use the engine's numeric typed-array sort. Callers guarantee no NaN. −0 sorts before +0.
 */
/** counts[index] += 1 (esbuild rejects `(x as number)++`, so the typed-array read is explicit). */
function bump(counts: Uint32Array, index: number): void {
  counts[index] = (counts[index] as number) + 1;
}

export function radixSortInPlace(data: Float64Array): Float64Array {
  const n = data.length;
  if (n < 512) return data.sort();
  const keys = new Uint32Array(data.buffer, data.byteOffset, n * 2);
  const words = n * 2;
  const counts = new Uint32Array(6 * RADIX);
  for (let i = 0; i < words; i += 2) {
    const rawHi = keys[i + 1] as number;
    const neg = rawHi >= 0x80000000;
    const lo = neg ? ~(keys[i] as number) >>> 0 : (keys[i] as number);
    const hi = keyHi(rawHi);
    keys[i] = lo;
    keys[i + 1] = hi;
    bump(counts, lo & 0x7ff);
    bump(counts, RADIX + ((lo >>> 11) & 0x7ff));
    bump(counts, 2 * RADIX + (lo >>> 22));
    bump(counts, 3 * RADIX + (hi & 0x7ff));
    bump(counts, 4 * RADIX + ((hi >>> 11) & 0x7ff));
    bump(counts, 5 * RADIX + (hi >>> 22));
  }
  const active: number[] = [];
  for (let pass = 0; pass < 6; pass++) {
    let constant = false;
    for (let d = 0; d < RADIX; d++) if (counts[pass * RADIX + d] === n) constant = true;
    if (!constant) active.push(pass);
  }
  let src: Uint32Array = keys;
  let dst: Uint32Array = new Uint32Array(words);
  const pos = new Uint32Array(RADIX);
  for (let t = 0; t < active.length; t++) {
    const pass = active[t] as number;
    const base = pass * RADIX;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      pos[d] = sum;
      sum += counts[base + d] as number;
    }
    const word = pass < 3 ? 0 : 1;
    const shift = (pass % 3) * 11;
    const last = t === active.length - 1;
    for (let i = 0; i < words; i += 2) {
      const lo = src[i] as number;
      const hi = src[i + 1] as number;
      const d = ((word === 0 ? lo : hi) >>> shift) & 0x7ff;
      const p = (pos[d] as number) * 2;
      pos[d] = (pos[d] as number) + 1;
      if (last) {
        // undo the key flip while writing the final order
        if (hi >= 0x80000000) {
          dst[p] = lo;
          dst[p + 1] = hi & 0x7fffffff;
        } else {
          dst[p] = ~lo;
          dst[p + 1] = ~hi;
        }
      } else {
        dst[p] = lo;
        dst[p + 1] = hi;
      }
    }
    const tmp = src;
    src = dst;
    dst = tmp;
  }
  if (active.length === 0) {
    for (let i = 0; i < words; i += 2) {
      const hi = keys[i + 1] as number;
      if (hi >= 0x80000000) keys[i + 1] = hi & 0x7fffffff;
      else {
        keys[i] = ~(keys[i] as number);
        keys[i + 1] = ~hi;
      }
    }
  } else if (src !== keys) {
    keys.set(src);
  }
  return data;
}
