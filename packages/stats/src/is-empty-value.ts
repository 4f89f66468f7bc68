/**
 * Default "empty output" predicate of {@link emptyShare} and {@link driftReport}.
 *
 * Plain English: a value counts as empty when it carries no usable content: null, undefined,
 * NaN, ±Infinity, an empty or whitespace-only string, or an empty array.
 *
 * Reference: docs/stats-conventions.md#empty-share. Complexity: O(1) (O(length) for strings).
 *
 * @param value - any value
 * @returns true when the value is empty
 * @throws never
 * @example
 * isEmptyValue('  '); // true
 */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
