import { sortedValues } from './internal/finite-sorted.ts';
import { quantileSorted7 } from './internal/sorted-stats.ts';
import { checkedProbabilities } from './internal/validate.ts';
import type { SortedSample } from './sorted-sample.ts';

/**
 * Sample quantiles by type-7 linear interpolation (numpy `method='linear'`, pandas, R default).
 *
 * Plain English: the value below which a fraction p of the sample lies, interpolating between
 * the two nearest order statistics at h = (n − 1)·p. The median is p = 0.5.
 *
 * Reference: R. J. Hyndman, Y. Fan (1996), "Sample quantiles in statistical packages", Am. Stat.
 * 50(4), definition 7; numpy.quantile.
 * Complexity: O(n log n) sort once, then O(1) per probability.
 *
 * @param sample - finite numbers, data units, or a {@link sortedSample} (used without sorting or copying)
 * @param probabilities - each in [0, 1]
 * @returns one quantile per probability, data units, within [min, max] of the sample
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, INVALID_OPTION (probability outside [0, 1])
 * @example
 * quantiles([1, 2, 3, 4], [0.25, 0.5]); // [1.75, 2.5]
 */
export function quantiles(sample: ArrayLike<number> | SortedSample, probabilities: ArrayLike<number>): number[] {
  const sorted = sortedValues(sample, 'quantiles', 'sample');
  const ps = checkedProbabilities(probabilities, 'quantiles');
  return ps.map((p) => quantileSorted7(sorted, p));
}
