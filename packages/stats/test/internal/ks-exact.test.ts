import { describe, it } from 'vitest';
import { ksExactOneSided, ksExactTwoSidedBand, ksExactTwoSidedEqual } from '../../src/internal/ks-exact.ts';
import { expectClose } from '../helpers/close.ts';

// Exact rational reference (python3, no floating point in the recursion):
//   from math import comb; from fractions import Fraction
//   def count(m, n, g, h, two):
//       mg, ng = m // g, n // g
//       A = [[0] * (n + 1) for _ in range(m + 1)]
//       for i in range(m + 1):
//           for j in range(n + 1):
//               v = ng * i - mg * j
//               if v >= h or (two and -v >= h): continue
//               A[i][j] = 1 if i == j == 0 else (A[i-1][j] if i else 0) + (A[i][j-1] if j else 0)
//       return float(1 - Fraction(A[m][n], comb(m + n, n)))
//   count(600, 500, 100, 37, False) -> 0.9124207097031326   (scipy cannot: n + m > 1030)
//   count(600, 500, 100, 37, True)  -> 0.9999999999800416
//   count(61, 50, 1, 700, False)    -> 0.04531527260403574
//   count(40, 40, 40, 12, True)     -> 0.05414107748036271 (= closed form)
describe('exact KS lattice counts', () => {
  it('one-sided beyond scipy (600 × 500) matches exact rational arithmetic', () => {
    expectClose(ksExactOneSided(600, 500, 100, 37), 0.9124207097031326, 1e-12);
    expectClose(ksExactOneSided(500, 600, 100, 37), 0.9124207097031326, 1e-12);
    expectClose(ksExactOneSided(61, 50, 1, 700), 0.04531527260403574, 1e-12);
  });
  it('two-sided band (Viehmann complement form)', () => {
    expectClose(ksExactTwoSidedBand(600, 500, 100, 37), 0.9999999999800416, 1e-12);
  });
  it('two-sided equal n closed form', () => {
    expectClose(ksExactTwoSidedEqual(40, 12), 0.05414107748036271, 1e-12);
  });
});
