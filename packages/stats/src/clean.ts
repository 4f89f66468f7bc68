/** Counts of entries {@link clean} removed, by kind. */
export interface DroppedCounts {
  nan: number;
  posInf: number;
  negInf: number;
  /** Entries that were not numbers at all (null, undefined, strings, objects…). */
  nonNumeric: number;
}

/** Result of {@link clean}. */
export interface CleanResult {
  /** The finite numbers, in input order. */
  values: Float64Array;
  dropped: DroppedCounts;
}

/**
 * Keeps the finite numbers of a sample and counts everything it drops.
 *
 * Plain English: the explicit, tolerant cleaning step. Metric functions are strict and throw on
 * NaN or ±Infinity; call `clean` first when missing values are expected, and show its `dropped`
 * counts (they feed the empty/insufficient share) instead of silently discarding them.
 *
 * Reference: docs/stats-conventions.md#missing-and-non-finite-values (Evidently and NannyML drop NaN silently; we count).
 * Complexity: O(n) time, O(n) memory.
 *
 * @param values - any array-like; numbers are kept when finite
 * @returns values (Float64Array, may be empty) and dropped counts (each >= 0)
 * @throws never
 * @example
 * clean([1, NaN, Infinity, 2, null]); // { values: Float64Array [1, 2], dropped: { nan: 1, posInf: 1, negInf: 0, nonNumeric: 1 } }
 */
export function clean(values: ArrayLike<unknown>): CleanResult {
  const dropped: DroppedCounts = { nan: 0, posInf: 0, negInf: 0, nonNumeric: 0 };
  const n = values?.length ?? 0;
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== 'number') dropped.nonNumeric++;
    else if (Number.isNaN(v)) dropped.nan++;
    else if (v === Number.POSITIVE_INFINITY) dropped.posInf++;
    else if (v === Number.NEGATIVE_INFINITY) dropped.negInf++;
    else out[k++] = v;
  }
  return { values: k === n ? out : out.slice(0, k), dropped };
}
