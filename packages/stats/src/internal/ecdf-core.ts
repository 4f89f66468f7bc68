/** ECDF step points of an ascending validated sample: distinct x and F(x) = count(<= x)/n. O(n). */
export function ecdfSteps(s: Float64Array): { x: Float64Array; y: Float64Array } {
  const n = s.length;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = s[i] as number;
    if (i + 1 < n && s[i + 1] === v) continue;
    xs.push(v);
    ys.push((i + 1) / n);
  }
  return { x: Float64Array.from(xs), y: Float64Array.from(ys) };
}

/** DKW half-width with Massart's constant, √(ln(2/α)/(2n)), for validated n >= 1 and α in (0, 1). */
export function dkwEpsilon(n: number, alpha: number): number {
  return Math.sqrt(Math.log(2 / alpha) / (2 * n));
}
