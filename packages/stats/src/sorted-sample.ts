import { StatsInputError } from './errors.ts';
import { finiteSorted } from './internal/finite-sorted.ts';
import { rememberSorted } from './internal/sorted-registry.ts';
import { describe } from './internal/validate.ts';

/** Cells a caller removed before handing over the numbers (say, while parsing a CSV column). */
export interface SampleTally {
  /** Blank cells: dropped, and counted as empty outputs by {@link driftReport}'s empty share. */
  empty: number;
  /** Cells that were not numbers: dropped, not counted as empty. */
  unreadable: number;
}

/**
 * A sample validated and sorted once, for every metric that needs order.
 *
 * Made only by {@link sortedSample}; {@link ksTwoSample}, {@link wasserstein1}, {@link psi},
 * {@link quantiles}, {@link quantileDelta}, {@link ecdf}, {@link ecdfBand}, {@link fitReference}
 * and {@link driftReport} accept it in place of an array and use `values` as they are — no
 * metric sorts, copies or re-validates it. Treat `values` as read-only.
 */
export interface SortedSample {
  readonly kind: 'sorted-sample';
  /** The finite values, ascending (−0 before +0), data units. */
  readonly values: Float64Array;
  /** What was removed before the values were handed over (zeros unless given). */
  readonly tally: Readonly<SampleTally>;
}

/**
 * Validates and sorts a sample once, so a report's metrics can share one sorted copy.
 *
 * Plain English: KS, W1, quantiles, PSI bins and the ECDF band all start by sorting; sort once
 * here and pass the result to each of them. Sorting uses the package's LSD radix sort on
 * IEEE-754 bit patterns (see {@link sortFloat64}); the input is not changed.
 *
 * Reference: docs/stats-conventions.md ("One sort per report"). Complexity: O(n) time and memory.
 *
 * @param values - finite numbers (any order), data units
 * @param tally - optional counts of blank and unreadable cells removed beforehand (default 0, 0)
 * @returns a frozen {@link SortedSample}
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, INVALID_OPTION (a tally that is not two integers >= 0)
 * @example
 * const ref = sortedSample(lastWeek);
 * ksTwoSample(ref, today); wasserstein1(ref, today); quantiles(ref, [0.5]);
 */
export function sortedSample(values: ArrayLike<number>, tally: Partial<SampleTally> = {}): SortedSample {
  const empty = tally.empty ?? 0;
  const unreadable = tally.unreadable ?? 0;
  for (const [name, v] of [
    ['tally.empty', empty],
    ['tally.unreadable', unreadable],
  ] as const) {
    if (!(Number.isInteger(v) && v >= 0))
      throw new StatsInputError('INVALID_OPTION', 'sortedSample', `${name} >= 0 (an integer)`, describe(v));
  }
  const sample: SortedSample = Object.freeze({
    kind: 'sorted-sample',
    values: finiteSorted(values, 'sortedSample', 'values'),
    tally: Object.freeze({ empty, unreadable }),
  });
  rememberSorted(sample);
  return sample;
}
