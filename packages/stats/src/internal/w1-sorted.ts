import type { Wasserstein1Result } from '../wasserstein1.ts';
import { meanStd, quantileSorted7, scaled, scaleExponent } from './sorted-stats.ts';

/**
 * W1 = ∫|F₁ − F₂| dt over the real line for two ascending finite samples: one merge walk that
 * adds |i/n₁ − j/n₂|·(gap to the next pooled value), Neumaier-compensated. O(n₁ + n₂).
 *
 * The walk takes one value per step (ties to the first sample) and never groups copies of a
 * value: between two copies the gap is 0, so the step adds nothing, and the sums equal the
 * per-distinct-value walk's bit for bit with one unpredictable branch per value instead of
 * three. Each ECDF value is divided out only when its sample advanced.
 */
export function w1Sorted(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  const acc = { sum: 0, comp: 0 };
  let i = 0;
  let j = 0;
  let fa = 0;
  let fb = 0;
  let prev = Math.min(a[0] as number, b[0] as number);
  while (i < n1 && j < n2) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) {
      addGap(acc, fa - fb, x - prev);
      prev = x;
      fa = ++i / n1;
    } else {
      addGap(acc, fa - fb, y - prev);
      prev = y;
      fb = ++j / n2;
    }
  }
  for (; i < n1; prev = a[i - 1] as number) {
    addGap(acc, fa - fb, (a[i] as number) - prev);
    fa = ++i / n1;
  }
  for (; j < n2; prev = b[j - 1] as number) {
    addGap(acc, fa - fb, (b[j] as number) - prev);
    fb = ++j / n2;
  }
  return acc.sum + acc.comp;
}

/** Adds |diff|·gap to a Neumaier-compensated sum (nothing when diff is 0, so an infinite gap between huge values stays out). */
function addGap(acc: { sum: number; comp: number }, diff: number, gap: number): void {
  if (diff === 0) return;
  const term = Math.abs(diff) * gap;
  const t = acc.sum + term;
  acc.comp += Math.abs(acc.sum) >= term ? acc.sum - t + term : term - t + acc.sum;
  acc.sum = t;
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
