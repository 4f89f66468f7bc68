import { StatsInputError } from './errors.ts';
import { bootstrapQuantileDelta } from './internal/bootstrap-quantile-delta.ts';
import { radixSortInPlace } from './internal/radix-sort.ts';
import { checkedProbabilities, describe, finiteSample, integerAtLeast, openUnitInterval } from './internal/validate.ts';

/** Options of {@link quantileDeltaBootstrap}. */
export interface QuantileDeltaBootstrapOptions {
  /** Number of bootstrap replicates (default 1000, integer >= 1). */
  reps?: number;
  /** Confidence level in (0, 1) (default 0.95). */
  level?: number;
  /** Seed for {@link createRng} (required: the same seed gives the same interval). */
  seed: number;
}

/** One row of {@link quantileDeltaBootstrap}. */
export interface QuantileDeltaBootstrapRow {
  /** Probability in [0, 1]. */
  p: number;
  /** Observed type-7 quantile of current − reference, data units (as {@link quantileDelta}). */
  delta: number;
  /** Lower end of the percentile-bootstrap interval, data units. */
  lower: number;
  /** Upper end, data units (lower <= upper). */
  upper: number;
}

/**
 * Seeded percentile-bootstrap confidence intervals for quantile shifts from reference to current.
 *
 * Plain English: "the median moved by +0.11, and anything from +0.08 to +0.15 is compatible with
 * these samples (95 %)". Both samples are resampled with replacement `reps` times; each replicate's
 * delta q_cur − q_ref (type-7 quantiles) is recorded, and the interval runs between the
 * (1 − level)/2 and (1 + level)/2 type-7 quantiles of those deltas (scipy.stats.bootstrap with
 * method='percentile'). Each sample is sorted once; a replicate is drawn already in order by
 * counting how often each sorted index is picked, so it costs O(n + m). The same seed always
 * gives the same result. Percentile intervals can be short for extreme p on small samples.
 *
 * Reference: B. Efron, R. J. Tibshirani (1993), An Introduction to the Bootstrap, ch. 13; docs/stats-conventions.md#quantiles
 * and §9.2. Complexity: one O(n + m) radix sort, then O(reps·(n + m + P)) for P probabilities.
 *
 * @param reference - finite numbers, data units
 * @param current - finite numbers, same units
 * @param probabilities - each in [0, 1]
 * @param options - seed (required), reps, level
 * @returns one row per probability: p, delta, lower, upper (data units)
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, INVALID_OPTION (probability outside [0, 1], reps,
 *   level outside (0, 1), missing or non-finite seed)
 * @example
 * quantileDeltaBootstrap([1, 2, 3, 4, 5, 6, 7, 8], [2, 3, 4, 5, 6, 7, 8, 9], [0.5], { seed: 1 });
 * // [{ p: 0.5, delta: 1, lower: -2, upper: 4.5 }] — 8 values per side say little
 */
export function quantileDeltaBootstrap(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  options: QuantileDeltaBootstrapOptions,
): QuantileDeltaBootstrapRow[] {
  const fn = 'quantileDeltaBootstrap';
  const seed = options?.seed;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new StatsInputError('INVALID_OPTION', fn, 'a finite seed', describe(seed));
  }
  const reps = integerAtLeast(options.reps ?? 1000, 1, fn, 'reps');
  const level = openUnitInterval(options.level ?? 0.95, fn, 'level');
  const a = radixSortInPlace(finiteSample(reference, fn, 'reference'));
  const b = radixSortInPlace(finiteSample(current, fn, 'current'));
  return bootstrapQuantileDelta(a, b, checkedProbabilities(probabilities, fn), reps, level, seed);
}
