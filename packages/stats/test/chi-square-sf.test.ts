import { describe, expect, it } from 'vitest';
import { chiSquareSf } from '../src/chi-square-sf.ts';
import { codeOf, expectClose } from './helpers/close.ts';

// import json, math, warnings
// import numpy as np
// from scipy import stats, special
// from scipy.spatial import distance
// warnings.simplefilter('ignore')
// out = {}
// # kolmogorov (kstwo.sf) and smirnov grid covering every Simard–L'Ecuyer regime
// out['chi2sf'] = [[x, k, float(stats.chi2.sf(x, k))] for x, k in [(0.2, 1), (3.84, 1), (30, 1), (1, 2), (11.111, 2), (7, 5), (150, 9), (1200, 1000), (900, 1000), (0.01, 40)]]
const CASES: [number, number, number][] = [
  [0.2, 1, 0.6547208460185768],
  [3.84, 1, 0.05004352124870519],
  [30, 1, 4.3204630578274955e-8],
  [1, 2, 0.6065306597126334],
  [11.111, 2, 0.003866134918779923],
  [7, 5, 0.22064030793671066],
  [150, 9, 8.819629954805395e-28],
  [1200, 1000, 1.2255942330622893e-5],
  [900, 1000, 0.9892827619087102],
  [0.01, 40, 1.0],
];

describe('chiSquareSf', () => {
  it.each(CASES)('chi2.sf(%f, %f)', (x, k, expected) => {
    expectClose(chiSquareSf(x, k), expected, 1e-9, 1e-14);
  });
  it('edges', () => {
    expect(chiSquareSf(0, 3)).toBe(1);
    expect(chiSquareSf(Number.POSITIVE_INFINITY, 3)).toBe(0);
  });
  it('error codes', () => {
    expect(codeOf(() => chiSquareSf(Number.NaN, 1))).toBe('NON_FINITE');
    expect(codeOf(() => chiSquareSf(1, 0))).toBe('INVALID_OPTION');
  });
});
