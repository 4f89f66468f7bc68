import { pairedShares } from './internal/shares.ts';

/**
 * L∞ distance max_k |p_k − q_k| between two discrete distributions on the same bins (NannyML's
 * categorical `l_infinity`).
 *
 * Plain English: the biggest change in share of any single category — "the top category moved by
 * 12 percentage points". 0 for identical shares, 1 when all mass switched from one category to
 * another; never more than {@link tvd}. Inputs are normalised, so raw counts work.
 *
 * Reference: docs/stats-conventions.md#count-vector-distances; NannyML `LInfinityDistance` (nannyml/drift/univariate/methods.py).
 * Complexity: O(K) for K categories.
 *
 * @param p - counts or probabilities per category (finite, >= 0, positive sum)
 * @param q - same categories, same length
 * @returns distance in [0, 1] (a difference of shares)
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, NOT_A_DISTRIBUTION (negative entries or zero sum),
 *   LENGTH_MISMATCH
 * @example
 * lInfinity([1, 2, 3, 4], [4, 3, 2, 1]); // 0.3
 */
export function lInfinity(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const { a, b } = pairedShares(p, q, 'lInfinity');
  let max = 0;
  for (let k = 0; k < a.length; k++) max = Math.max(max, Math.abs((a[k] as number) - (b[k] as number)));
  return Math.min(1, max);
}
