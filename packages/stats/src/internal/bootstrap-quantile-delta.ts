import { createRng } from '../create-rng.ts';
import type { QuantileDeltaBootstrapRow } from '../quantile-delta-bootstrap.ts';
import { radixSortInPlace } from './radix-sort.ts';
import { ldexp } from './scaling.ts';
import { quantileSorted7, scaled, scaleExponent } from './sorted-stats.ts';

/**
 * Draws n indices of the ascending `sorted` uniformly with replacement and writes the resample
 * into `out` already in ascending order (each value repeated as often as its index was drawn),
 * so no per-replicate sort is needed. O(n).
 */
function resampleSorted(sorted: Float64Array, counts: Uint32Array, out: Float64Array, rng: () => number): void {
  const n = sorted.length;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const j = Math.floor(rng() * n);
    counts[j] = (counts[j] as number) + 1;
  }
  let k = 0;
  for (let j = 0; j < n; j++) {
    const v = sorted[j] as number;
    for (let c = counts[j] as number; c > 0; c--) out[k++] = v;
  }
}

/**
 * Percentile-bootstrap intervals of type-7 quantile deltas on ascending validated samples. Each
 * replicate resamples the reference, then the current sample, from one seeded generator. Huge
 * magnitudes are handled on copies scaled by an exact power of two (never Infinity − Infinity).
 */
export function bootstrapQuantileDelta(
  a0: Float64Array,
  b0: Float64Array,
  ps: number[],
  reps: number,
  level: number,
  seed: number,
): QuantileDeltaBootstrapRow[] {
  const k = scaleExponent(a0, b0);
  const a = scaled(a0, k);
  const b = scaled(b0, k);
  const rng = createRng(seed);
  const deltas = ps.map(() => new Float64Array(reps));
  const ra = new Float64Array(a.length);
  const rb = new Float64Array(b.length);
  const ca = new Uint32Array(a.length);
  const cb = new Uint32Array(b.length);
  for (let r = 0; r < reps; r++) {
    resampleSorted(a, ca, ra, rng);
    resampleSorted(b, cb, rb, rng);
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i] as number;
      (deltas[i] as Float64Array)[r] = quantileSorted7(rb, p) - quantileSorted7(ra, p);
    }
  }
  const lowerP = (1 - level) / 2;
  const upperP = (1 + level) / 2;
  return ps.map((p, i) => {
    const d = radixSortInPlace(deltas[i] as Float64Array);
    return {
      p,
      delta: ldexp(quantileSorted7(b, p) - quantileSorted7(a, p), k),
      lower: ldexp(quantileSorted7(d, lowerP), k),
      upper: ldexp(quantileSorted7(d, upperP), k),
    };
  });
}
