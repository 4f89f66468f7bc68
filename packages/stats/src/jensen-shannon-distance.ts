import { StatsInputError } from './errors.ts';
import { jsDistanceOfCounts } from './internal/js-core.ts';
import { describe, distribution, sameLength } from './internal/validate.ts';

/** Options of {@link jensenShannonDistance}. */
export interface JensenShannonOptions {
  /** Logarithm base (default 2 → range [0, 1]; Math.E gives scipy's default, range [0, √ln 2]). */
  base?: number;
}

/**
 * Jensen–Shannon distance between two discrete distributions (scipy.spatial.distance.jensenshannon).
 *
 * Plain English: how distinguishable two histograms are, as the square root of the average
 * Kullback–Leibler divergence of each from their midpoint m = (p + q)/2. Symmetric, finite even
 * with empty bins (0·log 0 = 0, no smoothing needed) and, in base 2, between 0 (same shares) and
 * 1 (no overlap). Inputs are normalised, so raw counts work.
 *
 * Reference: J. Lin (1991), IEEE Trans. Inf. Theory 37(1); D. M. Endres, J. E. Schindelin (2003),
 * IEEE Trans. Inf. Theory 49(7) (the square root is a metric); scipy.spatial.distance.jensenshannon.
 * Complexity: O(K) for K categories/bins.
 *
 * @param p - counts or probabilities per category (finite, >= 0, positive sum)
 * @param q - same categories, same length
 * @param options - `base` of the logarithm (> 0, ≠ 1)
 * @returns distance in [0, 1] for base 2 (in [0, √(ln 2/ln base)] in general)
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, NOT_A_DISTRIBUTION (negative entries or zero sum),
 *   LENGTH_MISMATCH, INVALID_OPTION (base)
 * @example
 * jensenShannonDistance([10, 20, 30], [30, 20, 10]); // 0.3547035152…
 */
export function jensenShannonDistance(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  options: JensenShannonOptions = {},
): number {
  const base = options.base ?? 2;
  if (!(typeof base === 'number' && Number.isFinite(base) && base > 0 && base !== 1)) {
    throw new StatsInputError('INVALID_OPTION', 'jensenShannonDistance', 'base > 0 and base != 1', describe(base));
  }
  const a = distribution(p, 'jensenShannonDistance', 'p');
  const b = distribution(q, 'jensenShannonDistance', 'q');
  sameLength(a, b, 'jensenShannonDistance');
  return jsDistanceOfCounts(a, b, base);
}
