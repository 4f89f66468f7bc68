/** 2^128 and 2^-128: exact power-of-two scale factors used to keep products in range. */
export const TWO_128 = 2 ** 128;
export const TWO_M128 = 2 ** -128;

/** x · 2^e computed in exact power-of-two steps (like C's ldexp), underflowing to 0. */
export function ldexp(x: number, e: number): number {
  let y = x;
  let k = e;
  while (k > 1000) {
    y *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    y *= 2 ** -1000;
    k += 1000;
  }
  return y * 2 ** k;
}

/** Clips a probability into [0, 1]. */
export function clip01(p: number): number {
  return p < 0 ? 0 : Math.min(p, 1);
}
