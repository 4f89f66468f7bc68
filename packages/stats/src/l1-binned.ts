import { l1OfShares, pairedShares } from './internal/shares.ts';

/**
 * Binned L1 distance Σ|p_k − q_k| between two histograms on the same bins — the other "d1".
 *
 * Plain English: how much probability mass sits in different bins, from 0 (identical shares) to
 * 2 (no overlap); half of it is the total variation distance ({@link tvd}). Unlike Wasserstein-1
 * it ignores how far mass moved, and it depends on the binning. Inputs are normalised, so raw
 * counts work.
 *
 * Reference: docs/stats-conventions.md#what-d1-means; Evidently `tvd` = half of this. Complexity: O(K).
 *
 * @param p - counts or shares per bin (finite, >= 0, positive sum)
 * @param q - same bins, same length
 * @returns value in [0, 2] (dimensionless)
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, NOT_A_DISTRIBUTION, LENGTH_MISMATCH
 * @example
 * l1Binned([1, 1, 0], [0, 1, 1]); // 1
 */
export function l1Binned(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const { a, b } = pairedShares(p, q, 'l1Binned');
  return Math.min(2, l1OfShares(a, b));
}
