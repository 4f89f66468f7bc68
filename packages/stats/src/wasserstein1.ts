import { sortedPair } from './internal/finite-sorted.ts';
import { wasserstein1Sorted } from './internal/w1-sorted.ts';
import type { SortedSample } from './sorted-sample.ts';

/** Result of {@link wasserstein1}. */
export interface Wasserstein1Result {
  /** Exact 1-D W1 in data units (= scipy.stats.wasserstein_distance), >= 0. */
  value: number;
  /** value / max(population std of reference, 0.001): Evidently's "Wasserstein distance (normed)". */
  normedStd: number;
  /** value / IQR(reference) (type 7), null when the reference IQR is 0. */
  normedIqr: number | null;
  /** mean(current) − mean(reference), data units. */
  meanShift: number;
  /** e.g. the reference is constant, so normedStd divides by the 0.001 floor. */
  warnings: string[];
}

/**
 * Wasserstein-1 (earth mover's) distance between two 1-D samples — the "d1" of the talk notes.
 *
 * Plain English: the average distance each unit of probability mass must travel to turn the
 * reference distribution into the current one; the area between the two ECDFs, equal to |Δmean|
 * for a pure shift. Reported raw (data units), normed by the reference's population std with
 * Evidently's 0.001 floor, and normed by the reference IQR (robust).
 *
 * Reference: scipy.stats.wasserstein_distance; Evidently `wasserstein_distance_norm.py`.
 * Complexity: O(n₁ + n₂) radix sorts (none for a SortedSample) + O(n₁ + n₂) merge walk.
 *
 * @param reference - reference sample, data units, finite, or a {@link sortedSample} (used without sorting or copying)
 * @param current - current sample, same units, finite, or a {@link sortedSample} (used without sorting or copying)
 * @returns value >= 0 (data units), normedStd >= 0, normedIqr >= 0 or null, meanShift (data units)
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE
 * @example
 * wasserstein1([0, 1, 3], [5, 6, 8]).value; // 5
 */
export function wasserstein1(
  reference: ArrayLike<number> | SortedSample,
  current: ArrayLike<number> | SortedSample,
): Wasserstein1Result {
  const [a, b] = sortedPair(reference, current, 'wasserstein1');
  return wasserstein1Sorted(a, b);
}
