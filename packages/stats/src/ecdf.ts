import { ecdfSteps } from './internal/ecdf-core.ts';
import { sortedValues } from './internal/finite-sorted.ts';
import type { SortedSample } from './sorted-sample.ts';

/**
 * Empirical cumulative distribution function as step points.
 *
 * Plain English: for each distinct value x (ascending), the fraction of the sample that is <= x.
 * Ties are collapsed into one step; draw it right-continuous ("step after"). The KS statistic is
 * the largest vertical gap between two of these.
 *
 * Reference: docs/stats-conventions.md#ecdf-and-ties (same convention as scipy's searchsorted(side='right')). Complexity: O(n log n).
 *
 * @param sample - finite numbers, data units, or a {@link sortedSample} (used without sorting or copying)
 * @returns x: distinct values ascending (data units); y: F(x) in (0, 1], last = 1
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE
 * @example
 * ecdf([3, 1, 1, 2]); // { x: [1, 2, 3], y: [0.5, 0.75, 1] }
 */
export function ecdf(sample: ArrayLike<number> | SortedSample): { x: Float64Array; y: Float64Array } {
  return ecdfSteps(sortedValues(sample, 'ecdf', 'sample'));
}
