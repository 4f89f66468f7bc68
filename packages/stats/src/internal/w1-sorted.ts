import type { Wasserstein1Result } from '../wasserstein1.ts';
import { meanStd, quantileSorted7, scaled, scaleExponent } from './sorted-stats.ts';

/**
 * W1 = ∫|F₁ − F₂| dt over the real line for two ascending finite samples: one merge walk that
 * adds |i/n₁ − j/n₂|·(gap to the next pooled value), Neumaier-compensated. O(n₁ + n₂). Each ECDF
 * value is divided out only when its sample advanced (the same floats, half the divisions).
 */
export function w1Sorted(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let sum = 0;
  let comp = 0;
  let prev = Math.min(a[0] as number, b[0] as number);
  let fa = 0;
  let fb = 0;
  while (i < n1 || j < n2) {
    const x = i < n1 ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < n2 ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const v = Math.min(x, y);
    const diff = fa - fb;
    if (diff !== 0) {
      const term = Math.abs(diff) * (v - prev);
      const t = sum + term;
      comp += Math.abs(sum) >= term ? sum - t + term : term - t + sum;
      sum = t;
    }
    if (x === v) {
      i++;
      while (i < n1 && a[i] === v) i++;
      fa = i / n1;
    }
    if (y === v) {
      j++;
      while (j < n2 && b[j] === v) j++;
      fb = j / n2;
    }
    prev = v;
  }
  return sum + comp;
}

/**
 * {@link wasserstein1} on ascending validated samples. Huge magnitudes are handled by working on
 * copies scaled by an exact power of two, so ratios never become Infinity/Infinity.
 */
export function wasserstein1Sorted(a0: Float64Array, b0: Float64Array): Wasserstein1Result {
  const k = scaleExponent(a0, b0);
  const a = scaled(a0, k);
  const b = scaled(b0, k);
  const unit = 2 ** k;
  const value = w1Sorted(a, b);
  const ref = meanStd(a);
  const cur = meanStd(b);
  const iqr = quantileSorted7(a, 0.75) - quantileSorted7(a, 0.25);
  const warnings: string[] = [];
  if (ref.std === 0 && value > 0) {
    warnings.push('Reference is constant: normedStd divides by the 0.001 floor (Evidently parity) and is inflated.');
  }
  return {
    value: value * unit,
    normedStd: value / Math.max(ref.std, 0.001 / unit),
    normedIqr: iqr > 0 ? value / iqr : null,
    meanShift: (cur.mean - ref.mean) * unit,
    warnings,
  };
}
