import { StatsInputError } from '../errors.ts';
import type { SortedSample } from '../sorted-sample.ts';
import { radixSortedCopy, radixSortInPlace, type SortScratch } from './radix-sort.ts';
import { isSortedSample } from './sorted-registry.ts';
import { finiteSample } from './validate.ts';

/**
 * A validated ascending copy of a sample (EMPTY_SAMPLE, NON_FINITE as {@link finiteSample}). A
 * Float64Array is radix-sorted straight into the copy, and the sort's digit count doubles as the
 * finiteness check (one copy, no separate validation pass); `shared` lends a scratch buffer.
 */
export function finiteSorted(values: ArrayLike<number>, fn: string, name: string, shared?: SortScratch): Float64Array {
  if (!(values instanceof Float64Array)) return radixSortInPlace(finiteSample(values, fn, name), shared);
  if (values.length === 0) throw new StatsInputError('EMPTY_SAMPLE', fn, `a non-empty ${name}`, 'length 0');
  const sorted = radixSortedCopy(values, shared);
  if (sorted !== null) return sorted;
  const i = values.findIndex((v) => v - v !== 0);
  throw new StatsInputError('NON_FINITE', fn, `finite numbers in ${name}`, `${values[i]} at index ${i}`);
}

/**
 * The ascending values a metric works on: a {@link SortedSample}'s own values (no copy, no sort),
 * or a validated sorted copy of anything else. Callers must not modify the result.
 */
export function sortedValues(
  values: ArrayLike<number> | SortedSample,
  fn: string,
  name: string,
  shared?: SortScratch,
): Float64Array {
  return isSortedSample(values) ? values.values : finiteSorted(values as ArrayLike<number>, fn, name, shared);
}

/**
 * {@link sortedValues} of a reference and a current sample, named so in error messages; the two
 * sorts share one scratch buffer.
 */
export function sortedPair(
  reference: ArrayLike<number> | SortedSample,
  current: ArrayLike<number> | SortedSample,
  fn: string,
): [Float64Array, Float64Array] {
  const shared: SortScratch = { buffer: null };
  return [sortedValues(reference, fn, 'reference', shared), sortedValues(current, fn, 'current', shared)];
}
