import { createRng } from './create-rng.ts';
import { StatsInputError } from './errors.ts';
import { ksPermutationPValue } from './internal/ks-permutation.ts';
import { describe, finiteSample, integerAtLeast, oneOf } from './internal/validate.ts';
import type { KsAlternative } from './ks-two-sample.ts';

/** Options of {@link ksPermutationTest}. */
export interface KsPermutationOptions {
  /** Default `'two-sided'` (same meaning as in ksTwoSample). */
  alternative?: KsAlternative;
  /** Number of random relabellings (default 1000, integer >= 1). */
  reps?: number;
  /** Seed for {@link createRng} (default 0). */
  seed?: number;
}

/** Result of {@link ksPermutationTest}. */
export interface KsPermutationResult {
  /** Observed D in [0, 1]. */
  statistic: number;
  /** (1 + #{D_perm >= D})/(1 + reps), in (0, 1]. */
  pValue: number;
  reps: number;
  seed: number;
}

const ALTERNATIVES: readonly KsAlternative[] = ['two-sided', 'less', 'greater'];

/**
 * Seeded permutation p-value for the two-sample KS statistic — valid with ties.
 *
 * Plain English: shuffle the pooled values many times, split them into samples of the original
 * sizes and count how often the shuffled D is at least the observed one. Ties (rounded or
 * discrete data) make the classical KS p-values conservative; this one conditions on the actual
 * tie pattern. Same seed, same answer.
 *
 * Reference: docs/stats-conventions.md#ks-p-values (ties); P. Good (2005), Permutation, Parametric and Bootstrap Tests;
 * B. Phipson, G. K. Smyth (2010), SAGMB 9(1) (the +1 correction).
 * Complexity: O(reps·(n log n)).
 *
 * @param reference - finite numbers, data units
 * @param current - finite numbers, same units
 * @param options - alternative, reps, seed
 * @returns statistic in [0, 1], pValue in (0, 1]
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, INVALID_OPTION
 * @example
 * ksPermutationTest([1, 1, 2, 2, 3], [2, 3, 3, 3, 4], { reps: 999, seed: 1 }).pValue;
 */
export function ksPermutationTest(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  options: KsPermutationOptions = {},
): KsPermutationResult {
  const alternative = oneOf(options.alternative ?? 'two-sided', ALTERNATIVES, 'ksPermutationTest', 'alternative');
  const reps = integerAtLeast(options.reps ?? 1000, 1, 'ksPermutationTest', 'reps');
  const seed = options.seed ?? 0;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new StatsInputError('INVALID_OPTION', 'ksPermutationTest', 'a finite seed', describe(seed));
  }
  const a = finiteSample(reference, 'ksPermutationTest', 'reference');
  const b = finiteSample(current, 'ksPermutationTest', 'current');
  const { statistic, pValue } = ksPermutationPValue(a, b, alternative, reps, seed);
  return { statistic, pValue, reps, seed };
}
