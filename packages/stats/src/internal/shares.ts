import { distribution, sameLength } from './validate.ts';

/**
 * Divides a validated non-negative vector with a positive sum by its sum, in place, so it sums
 * to 1. A sum that overflows (entries near Number.MAX_VALUE) is avoided by dividing by the largest
 * entry first. O(K).
 */
export function normaliseInPlace(v: Float64Array): Float64Array {
  let total = 0;
  for (let k = 0; k < v.length; k++) total += v[k] as number;
  if (!Number.isFinite(total)) {
    let max = 0;
    for (let k = 0; k < v.length; k++) max = Math.max(max, v[k] as number);
    total = 0;
    for (let k = 0; k < v.length; k++) {
      v[k] = (v[k] as number) / max;
      total += v[k] as number;
    }
  }
  for (let k = 0; k < v.length; k++) v[k] = (v[k] as number) / total;
  return v;
}

/**
 * Validates two count/probability vectors over the same bins (each finite, >= 0, positive sum,
 * equal lengths) and returns fresh copies normalised to shares. Errors name `fn`.
 */
export function pairedShares(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  fn: string,
): { a: Float64Array; b: Float64Array } {
  const a = distribution(p, fn, 'p');
  const b = distribution(q, fn, 'q');
  sameLength(a, b, fn);
  return { a: normaliseInPlace(a), b: normaliseInPlace(b) };
}

/** Σ|a_k − b_k| of two share vectors of the same length. O(K). */
export function l1OfShares(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let k = 0; k < a.length; k++) d += Math.abs((a[k] as number) - (b[k] as number));
  return d;
}
