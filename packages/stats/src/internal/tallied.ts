import type { DroppedCounts } from '../clean.ts';
import type { EmptyShareResult } from '../empty-share.ts';
import type { SortedSample } from '../sorted-sample.ts';
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
