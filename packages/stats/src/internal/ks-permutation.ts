import { createRng } from '../create-rng.ts';
import type { KsAlternative } from '../ks-two-sample.ts';
import { type KsWalk, ksWalk } from './ks-walk.ts';
import { radixSortInPlace } from './radix-sort.ts';

function pick(w: KsWalk, alternative: KsAlternative): number {
  if (alternative === 'greater') return w.dPlus;
  if (alternative === 'less') return w.dMinus;
  return Math.max(w.dPlus, w.dMinus);
}

/**
 * Permutation p-value of the KS statistic: (1 + #{D_perm >= D_obs})/(1 + reps), relabelling the
 * pooled values with a seeded Fisher–Yates shuffle. Inputs are validated (any order, not mutated).
 */
export function ksPermutationPValue(
  a: Float64Array,
  b: Float64Array,
  alternative: KsAlternative,
  reps: number,
  seed: number,
): { statistic: number; pValue: number } {
  const rng = createRng(seed);
  const observed = pick(ksWalk(radixSortInPlace(a.slice()), radixSortInPlace(b.slice())), alternative);
  const pooled = new Float64Array(a.length + b.length);
  pooled.set(a);
  pooled.set(b, a.length);
  let hits = 0;
  for (let r = 0; r < reps; r++) {
    for (let i = pooled.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = pooled[i] as number;
      pooled[i] = pooled[j] as number;
      pooled[j] = t;
    }
    const x = radixSortInPlace(pooled.slice(0, a.length));
    const y = radixSortInPlace(pooled.slice(a.length));
    if (pick(ksWalk(x, y), alternative) >= observed - 1e-12) hits++;
  }
  return { statistic: observed, pValue: (hits + 1) / (reps + 1) };
}
