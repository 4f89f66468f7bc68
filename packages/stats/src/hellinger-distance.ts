import { pairedShares } from './internal/shares.ts';

/**
 * Hellinger distance √(1 − Σ√(p_k·q_k)) between two discrete distributions on the same bins.
 *
 * Plain English: compares the square roots of the shares, so a change in a rare bin counts more
 * than the same change in a common one (less than KL does), and it stays finite with empty bins.
 * 0 for identical shares, 1 for no overlap. Convention: **with** the 1/√2 factor,
 * H = ‖√p − √q‖₂/√2 = √(1 − BC) with the Bhattacharyya coefficient BC = Σ√(p_k·q_k), the
 * bounded convention drift dashboards use; without the factor (some texts) the range is [0, √2].
 * It is evaluated as ‖√p − √q‖₂/√2, which loses no digits when p ≈ q (1 − BC would).
 * Inputs are normalised, so raw counts work.
 *
 * Reference: E. Hellinger (1909), J. reine angew. Math. 136; L. Le Cam, G. L. Yang (2000),
 * Asymptotics in Statistics §2.2 (H² ≤ TVD ≤ √2·H); docs/stats-conventions.md#count-vector-distances (NannyML, whylogs, Evidently offer it).
 * Complexity: O(K) for K bins.
 *
 * @param p - counts or probabilities per bin/category (finite, >= 0, positive sum)
 * @param q - same bins, same length
 * @returns distance in [0, 1] (dimensionless)
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, NOT_A_DISTRIBUTION (negative entries or zero sum),
 *   LENGTH_MISMATCH
 * @example
 * hellingerDistance([10, 20, 30], [30, 20, 10]); // 0.29885849072268…
 */
export function hellingerDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const { a, b } = pairedShares(p, q, 'hellingerDistance');
  let sum = 0;
  for (let k = 0; k < a.length; k++) {
    const d = Math.sqrt(a[k] as number) - Math.sqrt(b[k] as number);
    sum += d * d;
  }
  return Math.min(1, Math.sqrt(sum / 2));
}
