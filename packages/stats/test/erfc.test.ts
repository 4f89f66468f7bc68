import { describe, expect, it } from 'vitest';
import { erfc } from '../src/erfc.ts';
import { codeOf, expectClose } from './helpers/close.ts';

// import json, math, warnings
// import numpy as np
// from scipy import stats, special
// from scipy.spatial import distance
// warnings.simplefilter('ignore')
// out = {}
// # kolmogorov (kstwo.sf) and smirnov grid covering every Simard–L'Ecuyer regime
// out['erfc'] = [[x, float(special.erfc(x))] for x in [-4, -1.5, -0.2, 0, 1e-9, 0.3, 0.9, 1.7, 3.2, 6, 10, 25]]
const CASES: [number, number][] = [
  [-4, 1.999999984582742],
  [-1.5, 1.9661051464753108],
  [-0.2, 1.2227025892104784],
  [0, 1.0],
  [1e-9, 0.9999999988716208],
  [0.3, 0.6713732405408726],
  [0.9, 0.20309178757716784],
  [1.7, 0.01620954140922544],
  [3.2, 6.025761151762082e-6],
  [6, 2.1519736712498913e-17],
  [10, 2.0884875837625446e-45],
  [25, 8.300172571196523e-274],
];

describe('erfc', () => {
  it.each(CASES)('erfc(%f) matches scipy.special.erfc to 1e-13 relative', (x, expected) => {
    expectClose(erfc(x), expected, 1e-13);
  });
  it('limits and symmetry', () => {
    expect(erfc(Number.POSITIVE_INFINITY)).toBe(0);
    expect(erfc(Number.NEGATIVE_INFINITY)).toBe(2);
    expectClose(erfc(-0.7) + erfc(0.7), 2, 1e-15);
  });
  it('error codes', () => {
    expect(codeOf(() => erfc(Number.NaN))).toBe('NON_FINITE');
  });
});
