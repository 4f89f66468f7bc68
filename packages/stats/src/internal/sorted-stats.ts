/** Type-7 (numpy 'linear', R default) quantile of an ascending sample, p in [0, 1]. O(1). */
export function quantileSorted7(s: Float64Array, p: number): number {
  const n = s.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = s[lo] as number;
  if (lo >= n - 1) return s[n - 1] as number;
  const b = s[lo + 1] as number;
  const t = h - lo;
  // numpy's _lerp: evaluate from the nearer end so endpoints are exact and the result is monotone
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

/** Mean and population (ddof 0) standard deviation, two-pass with compensation. O(n). */
export function meanStd(s: Float64Array): { mean: number; std: number } {
  const n = s.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += s[i] as number;
  const mean0 = sum / n;
  let sq = 0;
  let lin = 0;
  for (let i = 0; i < n; i++) {
    const d = (s[i] as number) - mean0;
    sq += d * d;
    lin += d;
  }
  const mean = mean0 + lin / n;
  const variance = Math.max(0, (sq - (lin * lin) / n) / n);
  return { mean, std: Math.sqrt(variance) };
}

/** Number of elements <= v in an ascending array (upper bound). O(log n). */
export function upperBound(s: Float64Array | number[], v: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((s[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of elements < v in an ascending array (lower bound). O(log n). */
export function lowerBound(s: Float64Array | number[], v: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((s[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
