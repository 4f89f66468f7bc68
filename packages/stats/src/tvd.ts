import { l1OfShares, pairedShares } from './internal/shares.ts';

/**
 * Total variation distance ½Σ|p_k − q_k| between two discrete distributions on the same bins.
 *
 * Plain English: the largest difference in probability the two distributions can give to any
 * set of bins — "what share of the mass would have to move to turn one histogram into the
 * other". 0 for identical shares, 1 for no overlap. It is half of {@link l1Binned} (the binned
 * "d1") and ignores how far mass moved. Inputs are normalised, so raw counts work.
 *
 * Reference: docs/stats-conventions.md#count-vector-distances; Evidently `tvd` stattest (its distance; Evidently turns it into a
 * permutation p-value); A. B. Tsybakov (2009), Introduction to Nonparametric Estimation, §2.4.
 * Complexity: O(K) for K bins.
 *
 * @param p - counts or probabilities per bin/category (finite, >= 0, positive sum)
 * @param q - same bins, same length
 * @returns distance in [0, 1] (dimensionless)
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, NOT_A_DISTRIBUTION (negative entries or zero sum),
 *   LENGTH_MISMATCH
 * @example
 * tvd([10, 20, 30], [30, 20, 10]); // 0.333…
 */
export function tvd(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const { a, b } = pairedShares(p, q, 'tvd');
  return Math.min(1, 0.5 * l1OfShares(a, b));
}
