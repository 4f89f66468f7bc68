import { erfc } from '../erfc.ts';

const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

function poly(c: number[], x: number): number {
  let s = 0;
  for (const v of c) s = s * x + v;
  return s;
}

/** Standard normal quantile: Acklam's rational start refined by two Halley steps on erfc. 0 < p < 1. */
export function normalQuantile(p: number): number {
  let z: number;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    z = poly(C, q) / (poly(D, q) * q + 1);
  } else if (p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    z = -poly(C, q) / (poly(D, q) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    z = (poly(A, r) * q) / (poly(B, r) * r + 1);
  }
  for (let k = 0; k < 2; k++) {
    const e = 0.5 * erfc(-z / Math.SQRT2) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((z * z) / 2);
    z -= u / (1 + (z * u) / 2);
  }
  return z;
}
