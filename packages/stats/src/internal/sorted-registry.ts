import type { SortedSample } from '../sorted-sample.ts';

/** Every SortedSample this package made: a look-alike object is never trusted as sorted. */
const made = new WeakSet<object>();

/** Records a SortedSample made by `sortedSample`. */
export function rememberSorted(sample: SortedSample): void {
  made.add(sample);
}

/** True for a SortedSample made by `sortedSample` (not for objects that merely look like one). */
export function isSortedSample(value: unknown): value is SortedSample {
  return typeof value === 'object' && value !== null && made.has(value);
}
