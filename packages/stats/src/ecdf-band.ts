import { dkwEpsilon, ecdfSteps } from './internal/ecdf-core.ts';
import { sortedValues } from './internal/finite-sorted.ts';
import { openUnitInterval } from './internal/validate.ts';
import type { SortedSample } from './sorted-sample.ts';

/** Result of {@link ecdfBand}. */
export interface EcdfBandResult {
  /** Distinct sample values, ascending (data units). */
  x: Float64Array;
  /** ECDF F̂(x) in (0, 1], as {@link ecdf}. */
  y: Float64Array;
  /** max(0, F̂(x) − epsilon). */
  lower: Float64Array;
  /** min(1, F̂(x) + epsilon). */
  upper: Float64Array;
  /** DKW half-width used ({@link dkwBand}). */
  epsilon: number;
}

/**
 * ECDF with its Dvoretzky–Kiefer–Wolfowitz (Massart) confidence band, clipped to [0, 1].
 *
 * Plain English: the ECDF steps of {@link ecdf} plus a lower and an upper step curve that,
 * with probability at least 1 − α, contain the true CDF everywhere at once. Draw all three
 * right-continuous ("step after"); the band is F̂ ± √(ln(2/α)/(2n)).
 *
 * Reference: docs/stats-conventions.md#ecdf-bands; P. Massart (1990), Ann. Probab. 18(3); L. Wasserman (2006), All of
 * Nonparametric Statistics, Theorem 2.4. Complexity: O(n log n).
 *
 * @param sample - finite numbers, data units, or a {@link sortedSample} (used without sorting or copying)
 * @param alpha - miss probability in (0, 1), default 0.05
 * @returns x (data units), y, lower, upper in [0, 1] with lower <= y <= upper, and epsilon
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, INVALID_OPTION (alpha outside (0, 1))
 * @example
 * ecdfBand([3, 1, 1, 2], 0.5); // { x: [1, 2, 3], y: [0.5, 0.75, 1], lower: [0.083…, 0.333…, 0.583…], upper: [0.916…, 1, 1], epsilon: 0.416… }
 */
export function ecdfBand(sample: ArrayLike<number> | SortedSample, alpha = 0.05): EcdfBandResult {
  const a = openUnitInterval(alpha, 'ecdfBand', 'alpha');
  const sorted = sortedValues(sample, 'ecdfBand', 'sample');
  const { x, y } = ecdfSteps(sorted);
  const epsilon = dkwEpsilon(sorted.length, a);
  return {
    x,
    y,
    lower: y.map((v) => Math.max(0, v - epsilon)),
    upper: y.map((v) => Math.min(1, v + epsilon)),
    epsilon,
  };
}
