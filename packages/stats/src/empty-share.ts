import { StatsInputError } from './errors.ts';
import { describe } from './internal/validate.ts';
import { wilsonInterval } from './internal/wilson.ts';
import { isEmptyValue } from './is-empty-value.ts';

/** Result of {@link emptyShare}. */
export interface EmptyShareResult {
  /** Number of empty values. */
  k: number;
  /** Number of values. */
  n: number;
  /** k/n in [0, 1]. */
  share: number;
  /** 95 % Wilson score interval for the share, within [0, 1]. */
  wilson95: [number, number];
}

/**
 * Share of empty (or "insufficient") outputs with a 95 % Wilson confidence interval.
 *
 * Plain English: what fraction of the outputs carried nothing usable, and how sure we are of it
 * given n. The Wilson interval stays inside [0, 1] and behaves at k = 0 or k = n, unlike the
 * textbook p ± 1.96·SE.
 *
 * Reference: E. B. Wilson (1927), JASA 22(158); Evidently MissingValueCount; docs/stats-conventions.md#empty-share.
 * Complexity: O(n) predicate calls.
 *
 * @param values - any values (numbers, strings, objects…)
 * @param isEmpty - predicate, default {@link isEmptyValue}
 * @returns k, n, share in [0, 1], wilson95 within [0, 1]
 * @throws StatsInputError EMPTY_SAMPLE when values is empty; INVALID_OPTION when isEmpty is not a function
 * @example
 * emptyShare(['ok', '', null, 'fine']); // { k: 2, n: 4, share: 0.5, wilson95: [0.15, 0.85] }
 */
export function emptyShare(
  values: ArrayLike<unknown>,
  isEmpty: (v: unknown) => boolean = isEmptyValue,
): EmptyShareResult {
  if (typeof isEmpty !== 'function') {
    throw new StatsInputError('INVALID_OPTION', 'emptyShare', 'isEmpty to be a function', describe(isEmpty));
  }
  const n = values?.length ?? 0;
  if (n === 0) throw new StatsInputError('EMPTY_SAMPLE', 'emptyShare', 'a non-empty values array', 'length 0');
  let k = 0;
  for (let i = 0; i < n; i++) if (isEmpty(values[i])) k++;
  return { k, n, share: k / n, wilson95: wilsonInterval(k, n) };
}
