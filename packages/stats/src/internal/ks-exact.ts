/**
 * Exact null distribution of the two-sample KS statistic for continuous data (lattice paths).
 * All functions take the lattice numerator h >= 1 (D = h/lcm(m, n)) and return P(D >= h/lcm).
 */

/** Two-sided, m = n: 2·Σ_k (−1)^{k−1} C(2n, n−kh)/C(2n, n), nested so terms never cancel. O(n). */
export function ksExactTwoSidedEqual(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let term = 1;
    for (let j = 0; j < h; j++) term = ((n - k * h - j) * term) / (n + k * h + j + 1);
    p = term * (1 - p);
  }
  return 2 * p;
}

/**
 * Two-sided, m ≠ n: Hodges' inside method in Viehmann's (2021) complement form. u(i, j) is the
 * probability that a uniformly random lattice path to (i, j) has already left the band
 * |(n/g)·i − (m/g)·j| < h; cells outside the band hold 1 and inside cells obey
 * u(i, j) = (i·u(i−1, j) + j·u(i, j−1))/(i + j). One sliding column window of width ≈ 2Dn + 1.
 * O(m·(2Dn + 1)) time with m >= n, O(n) memory.
 */
export function ksExactTwoSidedBand(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  const w = new Float64Array(n + 2);
  // reciprocals replace a division on the recursion's critical path (≈3× faster, ~1 ulp per step)
  const inv = new Float64Array(m + n + 1);
  for (let k = 1; k <= m + n; k++) inv[k] = 1 / k;
  let lo = 0;
  let hi = Math.min(Math.ceil(h / mg) - 1, n);
  for (let i = 1; i <= m; i++) {
    const prevLo = lo;
    const prevHi = hi;
    lo = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    hi = Math.min(Math.ceil((ng * i + h) / mg) - 1, n);
    if (hi < lo) return 1;
    let below = lo === 0 ? 0 : 1;
    const shift = lo - prevLo;
    const split = Math.min(hi, prevHi);
    // cells whose left neighbour is inside the previous window, then those left of the band (1)
    for (let j = lo; j <= split; j++) {
      below = (i * (w[j - lo + shift] as number) + j * below) * (inv[i + j] as number);
      w[j - lo] = below;
    }
    for (let j = Math.max(lo, split + 1); j <= hi; j++) {
      below = (i + j * below) * (inv[i + j] as number);
      w[j - lo] = below;
    }
  }
  return w[n - lo] as number;
}

/**
 * One-sided: P(max_t F₁ − F₂ >= h/lcm) (equal by path reversal to the other side). m = n uses
 * Π_{j<h} (n−j)/(n+j+1); otherwise the complement recursion above with one boundary, in
 * normalised form so nothing overflows for any m + n (scipy's path count overflows near 1030).
 * O(m·n) time, O(n) memory.
 */
export function ksExactOneSided(m: number, n: number, g: number, h: number): number {
  if (m === n) {
    let p = 1;
    for (let j = 0; j < h; j++) p *= (n - j) / (n + j + 1);
    return p;
  }
  const mg = m / g;
  const ng = n / g;
  const w = new Float64Array(n + 1);
  const inv = new Float64Array(m + n + 1);
  for (let k = 1; k <= m + n; k++) inv[k] = 1 / k;
  let lo = 0;
  for (let i = Math.max(1, Math.ceil(h / ng)); i <= m; i++) {
    const newLo = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n + 1);
    for (let j = lo; j < newLo; j++) w[j] = 1;
    lo = newLo;
    let below = lo === 0 ? 0 : 1;
    for (let j = lo; j <= n; j++) {
      below = (i * (w[j] as number) + j * below) * (inv[i + j] as number);
      w[j] = below;
    }
  }
  return w[n] as number;
}
