/** Type-7 (numpy 'linear', R default) quantile of an ascending sample, p in [0, 1]. O(1). */
export function quantileSorted7(s: Float64Array, p: number): number {
  const n = s.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = s[lo] as number;
  if (lo >= n - 1) return s[n - 1] as number;
  const b = s[lo + 1] as number;
  const t = h - lo;
  if (t === 0) return a;
  if (!Number.isFinite(b - a)) return a * (1 - t) + b * t;
  // numpy's _lerp: evaluate from the nearer end so endpoints are exact and the result is monotone
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

/** Exponent k such that |v|·2^-k <= 1 for every v of two ascending arrays (0 if already small). */
export function scaleExponent(a: Float64Array, b?: Float64Array): number {
  let m = Math.max(Math.abs(a[0] as number), Math.abs(a[a.length - 1] as number));
  if (b && b.length > 0) m = Math.max(m, Math.abs(b[0] as number), Math.abs(b[b.length - 1] as number));
  // below 1e100, sums, differences and squares of up to 1e100 values stay finite
  return m <= 1e100 ? 0 : Math.ceil(Math.log2(m)) + 1;
}

/** Copy of an array times 2^-k (exact apart from underflow of tiny values). */
export function scaled(s: Float64Array, k: number): Float64Array {
  if (k === 0) return s;
  const f = 2 ** -k;
  const out = new Float64Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = (s[i] as number) * f;
  return out;
}

/** Mean and population std of an ascending array, overflow-safe (values may be near ±MAX_VALUE). */
export function meanStd(s: Float64Array): { mean: number; std: number } {
  const k = scaleExponent(s);
  const r = meanStdPlain(scaled(s, k));
  return k === 0 ? r : { mean: r.mean * 2 ** k, std: r.std * 2 ** k };
}

/** Mean and population (ddof 0) standard deviation, two-pass with compensation. O(n). */
function meanStdPlain(s: Float64Array): { mean: number; std: number } {
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
