import { StatsInputError } from '../errors.ts';
import type { SortedSample } from '../sorted-sample.ts';
import { radixSortedCopy, radixSortInPlace } from './radix-sort.ts';
import { isSortedSample } from './sorted-registry.ts';
import { finiteSample } from './validate.ts';

/**
 * A validated ascending copy of a sample (EMPTY_SAMPLE, NON_FINITE as {@link finiteSample}). A
 * Float64Array is checked in place and radix-sorted straight into the copy (one copy, not two).
 */
export function finiteSorted(values: ArrayLike<number>, fn: string, name: string): Float64Array {
  if (!(values instanceof Float64Array)) return radixSortInPlace(finiteSample(values, fn, name));
  const n = values.length;
  if (n === 0) throw new StatsInputError('EMPTY_SAMPLE', fn, `a non-empty ${name}`, 'length 0');
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v - v !== 0) throw new StatsInputError('NON_FINITE', fn, `finite numbers in ${name}`, `${v} at index ${i}`);
  }
  return radixSortedCopy(values);
}

/**
 * The ascending values a metric works on: a {@link SortedSample}'s own values (no copy, no sort),
 * or a validated sorted copy of anything else. Callers must not modify the result.
 */
export function sortedValues(values: ArrayLike<number> | SortedSample, fn: string, name: string): Float64Array {
  return isSortedSample(values) ? values.values : finiteSorted(values as ArrayLike<number>, fn, name);
}
