import { clean, type DroppedCounts } from '../clean.ts';
import { type EmptyShareResult, emptyShare } from '../empty-share.ts';
import { isEmptyValue } from '../is-empty-value.ts';
import type { SortedSample } from '../sorted-sample.ts';
import { radixSortInPlace } from './radix-sort.ts';
import { wilsonInterval } from './wilson.ts';

/** What `clean` would have counted for the cells a SortedSample's tally says were removed. */
export function droppedOfTally(sample: SortedSample): DroppedCounts {
  return { nan: 0, posInf: 0, negInf: 0, nonNumeric: sample.tally.empty + sample.tally.unreadable };
}

/**
 * The empty share `emptyShare` gives for the raw cells a SortedSample stands for: its blank cells
 * are empty, its unreadable ones are not, and its finite values are passed to a custom `isEmpty`
 * (the default predicate never calls a finite number empty, so they are skipped then).
 */
export function emptyShareOfSorted(sample: SortedSample, isEmpty?: (v: unknown) => boolean): EmptyShareResult {
  const { values, tally } = sample;
  const n = values.length + tally.empty + tally.unreadable;
  let k = tally.empty;
  if (isEmpty) for (let i = 0; i < values.length; i++) if (isEmpty(values[i])) k++;
  return { k, n, share: k / n, wilson95: wilsonInterval(k, n) };
}

/** A sample's sorted finite values, what cleaning dropped, and its empty share (null when it has no cells). */
export interface CleanedSorted {
  sorted: Float64Array;
  dropped: DroppedCounts;
  empty: EmptyShareResult | null;
}

/**
 * `clean`, `emptyShare` and one in-place sort of raw cells, as a drift report needs them. A
 * Float64Array or Float32Array under the default predicate skips the predicate calls: its empty
 * cells are exactly the NaN and ±Infinity values `clean` counted.
 */
export function cleanedSorted(raw: ArrayLike<unknown>, isEmpty?: (v: unknown) => boolean): CleanedSorted {
  const { values, dropped } = clean(raw);
  let empty: EmptyShareResult | null = null;
  if (raw.length > 0 && isEmpty === undefined && (raw instanceof Float64Array || raw instanceof Float32Array)) {
    const k = dropped.nan + dropped.posInf + dropped.negInf;
    empty = { k, n: raw.length, share: k / raw.length, wilson95: wilsonInterval(k, raw.length) };
  } else if (raw.length > 0) empty = emptyShare(raw, isEmpty ?? isEmptyValue);
  return { sorted: radixSortInPlace(values), dropped, empty };
}
