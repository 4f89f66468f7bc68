import { gammaln } from 'simple-statistics';

const EPS = 1e-16;
const TINY = 1e-300;

/** log of the common prefactor x^a·e^{−x}/Γ(a). */
function logPrefactor(a: number, x: number): number {
  return a * Math.log(x) - x - gammaln(a);
}

/** Series P(a, x) = x^a e^{−x}/Γ(a) · Σ x^k/(a(a+1)…(a+k)); converges fast for x < a + 1. */
function seriesP(a: number, x: number): number {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let k = 0; k < 100000; k++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(logPrefactor(a, x));
}

/** Legendre continued fraction for Q(a, x), modified Lentz; converges fast for x >= a + 1. */
function continuedFractionQ(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(logPrefactor(a, x)) * h;
}

/** Regularized lower incomplete gamma P(a, x) = γ(a, x)/Γ(a), a > 0, x >= 0. */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  return x < a + 1 ? seriesP(a, x) : 1 - continuedFractionQ(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a), computed directly (no 1 − P in the tail). */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - seriesP(a, x) : continuedFractionQ(a, x);
}

/** Density of the chi-square distribution with k degrees of freedom at x > 0. */
export function chiSquarePdf(x: number, k: number): number {
  const a = k / 2;
  return Math.exp((a - 1) * Math.log(x / 2) - x / 2 - gammaln(a)) / 2;
}
