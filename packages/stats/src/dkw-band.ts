import { dkwEpsilon } from './internal/ecdf-core.ts';
import { integerAtLeast, openUnitInterval } from './internal/validate.ts';

/** Result of {@link dkwBand}. */
export interface DkwBandResult {
  /** Half-width √(ln(2/α)/(2n)) of the band, in CDF units (may exceed 1 for tiny n). */
  epsilon: number;
  /** The α used; the band covers the whole true CDF with probability >= 1 − α. */
  alpha: number;
  /** Sample size. */
  n: number;
}

/**
 * Half-width of the Dvoretzky–Kiefer–Wolfowitz confidence band for an ECDF (Massart's constant).
 *
 * Plain English: with probability at least 1 − α the true CDF lies everywhere within ±epsilon of
 * the ECDF of n independent draws — one band for the whole curve, not per point, and valid for
 * any continuous or discrete distribution. It shrinks like 1/√n: 0.136 at n = 100, 0.043 at
 * n = 1000 (α = 0.05). Use it to show how wiggly an ECDF may be by chance before calling a gap
 * "drift".
 *
 * Reference: A. Dvoretzky, J. Kiefer, J. Wolfowitz (1956), Ann. Math. Stat. 27(3); P. Massart
 * (1990), "The tight constant in the DKW inequality", Ann. Probab. 18(3); docs/stats-conventions.md#ecdf-bands.
 * Complexity: O(1).
 *
 * @param n - sample size (integer >= 1)
 * @param alpha - miss probability in (0, 1), default 0.05 (a 95 % band)
 * @returns epsilon > 0 (CDF units), alpha and n as used
 * @throws StatsInputError INVALID_OPTION (n not an integer >= 1, alpha outside (0, 1))
 * @example
 * dkwBand(100).epsilon; // 0.1358101515740…
 */
export function dkwBand(n: number, alpha = 0.05): DkwBandResult {
  const size = integerAtLeast(n, 1, 'dkwBand', 'n');
  const a = openUnitInterval(alpha, 'dkwBand', 'alpha');
  return { epsilon: dkwEpsilon(size, a), alpha: a, n: size };
}
