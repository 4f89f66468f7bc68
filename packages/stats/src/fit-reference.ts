import type { FittedReference } from './drift-report-types.ts';
import { isSortedSample } from './internal/sorted-registry.ts';
import { meanStd, quantileSorted7, scaled, scaleExponent } from './internal/sorted-stats.ts';
import { type CleanedSorted, cleanedSorted, droppedOfTally, emptyShareOfSorted } from './internal/tallied.ts';
import { integerAtLeast } from './internal/validate.ts';
import { isEmptyValue } from './is-empty-value.ts';
import type { SortedSample } from './sorted-sample.ts';

/** Options of {@link fitReference}. */
export interface FitReferenceOptions {
  /** PSI bins the report will use by default (default 10). */
  psiBins?: number;
  /** Empty-output predicate for the reference (default {@link isEmptyValue}). */
  isEmpty?: (v: unknown) => boolean;
  /** PSI categorical cut: at most this many distinct values → one bin per value (default 20). */
  maxCategories?: number;
}

/** The reference's sorted finite values, dropped counts and empty share, from raw cells or a SortedSample. */
function sortedReference(
  reference: ArrayLike<unknown> | SortedSample,
  isEmpty: ((v: unknown) => boolean) | undefined,
): CleanedSorted {
  if (!isSortedSample(reference)) return cleanedSorted(reference, isEmpty);
  return {
    sorted: reference.values,
    dropped: droppedOfTally(reference),
    empty: emptyShareOfSorted(reference, isEmpty),
  };
}

/**
 * Prepares a reference sample once so many current windows can be scored without re-sorting it.
 *
 * Plain English: cleans the reference (counting what it drops), sorts it once, and stores mean,
 * population std, IQR, the W1 null scale and the empty share; pass the result to
 * {@link driftReport} instead of the raw reference (NannyML's fit/calculate split).
 *
 * Reference: docs/stats-conventions.md#fit-once-score-many; NannyML's fit/calculate split. Complexity: O(n) + O(n) radix sort.
 *
 * @param reference - raw reference values (anything; non-finite and non-numbers are dropped and counted),
 *   or a {@link sortedSample} (its values are kept as they are, its tally gives the dropped cells)
 * @param options - psiBins, isEmpty, maxCategories
 * @returns a FittedReference (its `sorted` may be empty; the report then marks metrics insufficient)
 * @throws StatsInputError INVALID_OPTION (psiBins < 2)
 * @example
 * const fitted = fitReference(lastWeek); driftReport(fitted, today);
 */
export function fitReference(
  reference: ArrayLike<unknown> | SortedSample,
  options: FitReferenceOptions = {},
): FittedReference {
  const psiBins = integerAtLeast(options.psiBins ?? 10, 2, 'fitReference', 'psiBins');
  const maxCategories = integerAtLeast(options.maxCategories ?? 20, 0, 'fitReference', 'maxCategories');
  const { sorted, dropped, empty } = sortedReference(reference ?? [], options.isEmpty);
  const n = sorted.length;
  const { mean, std } = n > 0 ? meanStd(sorted) : { mean: 0, std: 0 };
  const iqr = n > 0 ? quantileSorted7(sorted, 0.75) - quantileSorted7(sorted, 0.25) : 0;
  const k = n > 0 ? scaleExponent(sorted) : 0;
  const s = scaled(sorted, k);
  let nullScaled = 0;
  for (let i = 1; i < n; i++) {
    const f = i / n;
    nullScaled += Math.sqrt(f * (1 - f)) * ((s[i] as number) - (s[i - 1] as number));
  }
  const stdScaled = n === 0 ? 0 : k === 0 ? std : meanStd(s).std;
  return {
    kind: 'fitted-reference',
    sorted,
    cleaned: { dropped },
    mean,
    std,
    iqr,
    w1NullScale: nullScaled * 2 ** k,
    w1NullRatio: nullScaled / Math.max(stdScaled, 0.001 * 2 ** -k),
    emptyShare: empty,
    psiBins,
    maxCategories,
  };
}
