// Presorted-input detection for the radix sort.

/**
 * How `data` is laid out already: 'ascending' or 'descending' in key order (−0 before +0), found
 * by a scan that stops at the first pair out of order in both directions (one or two steps on
 * shuffled data, one pass on presorted data).
 */
export function presortedOrder(data: Float64Array): 'ascending' | 'descending' | 'mixed' {
  const n = data.length;
  let ascending = true;
  let descending = true;
  for (let i = 1; i < n && (ascending || descending); i++) {
    const x = data[i - 1] as number;
    const y = data[i] as number;
    if (x > y) ascending = false;
    else if (x < y) descending = false;
    else if (x === 0 && 1 / x !== 1 / y) {
      // +0 then −0 is out of ascending order, −0 then +0 out of descending order
      if (1 / x > 0) ascending = false;
      else descending = false;
    }
  }
  return ascending ? 'ascending' : descending ? 'descending' : 'mixed';
}

/** True when every value is finite (no NaN, no ±Infinity). O(n). */
export function allFinite(data: Float64Array): boolean {
  for (let i = 0; i < data.length; i++) {
    const v = data[i] as number;
    if (v - v !== 0) return false;
  }
  return true;
}
