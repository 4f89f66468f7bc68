import { kolmogorovSf } from '../kolmogorov-sf.ts';
import { ksExactOneSided, ksExactTwoSidedBand, ksExactTwoSidedEqual } from './ks-exact.ts';
import { clip01 } from './scaling.ts';

/** Largest lattice work (cells) an exact p-value may take before falling back to asymp. */
export const EXACT_WORK_LIMIT = 2e8;

/** numpy's round(): halves go to the even neighbour. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Asymptotic p: two-sided kstwo.sf(D, round(mn/(m+n))); one-sided Hodges (1958) eq. 5.3. */
export function ksAsymptoticP(n1: number, n2: number, d: number, twoSided: boolean): number {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = (m * n) / (m + n);
  if (twoSided) return kolmogorovSf(Math.max(1, roundHalfEven(en)), d);
  const z = Math.sqrt(en) * d;
  return clip01(Math.exp(-2 * z * z - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3));
}

/**
 * Exact p for lattice numerator h, or null with a reason when it cannot be computed reliably
 * (lcm beyond int32 as in scipy, too much work, or a result outside [0, 1]).
 */
export function ksExactP(n1: number, n2: number, g: number, h: number, twoSided: boolean): number | string {
  if (h <= 0) return 1;
  const lcm = (n1 / g) * n2;
  if (lcm >= 2147483647) return `lcm(n1, n2) = ${lcm} exceeds the int32 range scipy allows for exact p-values`;
  let p: number;
  if (twoSided) {
    if (n1 === n2) p = ksExactTwoSidedEqual(n1, h);
    else {
      const work = Math.max(n1, n2) * ((2 * h) / (Math.max(n1, n2) / g) + 1);
      if (work > EXACT_WORK_LIMIT) return `exact work ${work.toExponential(2)} cells exceeds ${EXACT_WORK_LIMIT}`;
      p = ksExactTwoSidedBand(n1, n2, g, h);
    }
  } else {
    if (n1 !== n2 && n1 * n2 > EXACT_WORK_LIMIT)
      return `exact one-sided work ${n1 * n2} cells exceeds ${EXACT_WORK_LIMIT}`;
    p = ksExactOneSided(n1, n2, g, h);
  }
  if (!(p >= 0 && p <= 1)) return `exact calculation gave ${p}`;
  return p;
}
