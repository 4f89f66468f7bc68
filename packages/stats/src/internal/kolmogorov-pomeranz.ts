import { ldexp, TWO_128, TWO_M128 } from './scaling.ts';

function rowBounds(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/**
 * Kolmogorov CDF P(D_n <= d) by Pomeranz's (1974) recursion, in the banded form of Simard &
 * L'Ecuyer (2011, §2.2): 2n+1 rows, each the convolution of the previous row with a truncated
 * Poisson-like kernel ((g/n)^m/m!, (2g/n)^m/m! or ((1−2g)/n)^m/m!, g = min(frac(nd), 1 − frac(nd))),
 * only O(nd) entries per row, rescaled by powers of two. O(n·(nd)²) time.
 */
export function kolmogorovCdfPomeranz(n: number, d: number): number {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gp = new Float64Array(npwrs);
  const twoGp = new Float64Array(npwrs);
  const oneM2Gp = new Float64Array(npwrs);
  gp[0] = 1;
  twoGp[0] = 1;
  oneM2Gp[0] = 1;
  for (let m = 1; m < npwrs; m++) {
    gp[m] = ((gp[m - 1] as number) * (g / n)) / m;
    twoGp[m] = ((twoGp[m - 1] as number) * ((2 * g) / n)) / m;
    oneM2Gp[m] = ((oneM2Gp[m - 1] as number) * ((1 - 2 * g) / n)) / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let expnt = 0;
  let [j1, j2] = rowBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    const tmp = V0;
    V0 = V1;
    V1 = tmp;
    const ts = V0s;
    V0s = V1s;
    V1s = ts;
    V1.fill(0);
    [j1, j2] = rowBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gp : i % 2 === 1 ? twoGp : oneM2Gp;
    const len = j2 - k1 + 1;
    if (len > 0) {
      const start = j1 - k1;
      const count = j2 - j1 + 1;
      const off = k1 - V0s;
      let maxv = 0;
      // conv[c] = sum_{a+b=c} V0[off+a]·pwrs[b], a,b in [0, len); keep c in [start, start+count)
      for (let c = start; c < start + count; c++) {
        let s = 0;
        const aLo = Math.max(0, c - Math.min(len, npwrs) + 1);
        const aHi = Math.min(c, len - 1, npwrs - 1 - off);
        for (let a = aLo; a <= aHi; a++) s += (V0[off + a] as number) * (pwrs[c - a] as number);
        V1[c - start] = s;
        if (s > maxv) maxv = s;
      }
      if (maxv > 0 && maxv < TWO_M128) {
        for (let c = 0; c < count; c++) V1[c] = (V1[c] as number) * TWO_128;
        expnt -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s] as number;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > TWO_128) {
      ans *= TWO_M128;
      expnt += 128;
    }
    ans *= m;
  }
  return expnt !== 0 ? ldexp(ans, expnt) : ans;
}
