import { sortedPair } from './internal/finite-sorted.ts';
import { quantileDeltaSorted } from './internal/quantile-delta-sorted.ts';
import { checkedProbabilities } from './internal/validate.ts';
import type { SortedSample } from './sorted-sample.ts';

/** One row of {@link quantileDelta}. */
export interface QuantileDeltaRow {
  /** Probability in [0, 1]. */
  p: number;
  /** Type-7 quantile of the reference, data units. */
  reference: number;
  /** Type-7 quantile of the current sample, data units. */
  current: number;
  /** current − reference, data units. */
  delta: number;
  /** delta / IQR(reference), null when the reference IQR is 0. */
  iqrScaled: number | null;
}

/**
 * Per-probability shift of type-7 quantiles from reference to current.
 *
 * Plain English: "the median moved by +0.4 units, the p90 by +1.2 units (0.9 reference IQRs)".
 * Scaling by the reference interquartile range makes deltas comparable across columns.
 *
 * Reference: docs/stats-conventions.md#quantiles; Evidently QuantileValue (pandas type 7).
 * Complexity: O(n log n) sorts, then O(1) per probability.
 *
 * @param reference - finite numbers, data units, or a {@link sortedSample} (used without sorting or copying)
 * @param current - finite numbers, same units, or a {@link sortedSample} (used without sorting or copying)
 * @param probabilities - each in [0, 1]
 * @returns one row per probability (delta in data units, iqrScaled dimensionless or null)
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, INVALID_OPTION
 * @example
 * quantileDelta([1, 2, 3, 4], [2, 3, 4, 5], [0.5]); // [{ p: 0.5, reference: 2.5, current: 3.5, delta: 1, iqrScaled: 0.666… }]
 */
export function quantileDelta(
  reference: ArrayLike<number> | SortedSample,
  current: ArrayLike<number> | SortedSample,
  probabilities: ArrayLike<number>,
): QuantileDeltaRow[] {
  const [a, b] = sortedPair(reference, current, 'quantileDelta');
  return quantileDeltaSorted(a, b, checkedProbabilities(probabilities, 'quantileDelta'));
}
