import { describe, expect, it } from 'vitest';
import { chiSquareQuantile } from '../src/chi-square-quantile.ts';
import { chiSquareSf } from '../src/chi-square-sf.ts';
import { codeOf, expectClose } from './helpers/close.ts';

// import json, math, warnings
// import numpy as np
// from scipy import stats, special
// from scipy.spatial import distance
// warnings.simplefilter('ignore')
// out = {}
// # kolmogorov (kstwo.sf) and smirnov grid covering every Simard–L'Ecuyer regime
// out['chi2ppf'] = [[p, k, float(stats.chi2.ppf(p, k))] for p, k in [(0.99, 1), (0.95, 1), (0.99, 4), (0.99, 9), (0.95, 9), (0.5, 2), (0.001, 3), (0.99, 59), (0.999999, 2), (0.2, 0.5)]]
const CASES: [number, number, number][] = [
  [0.99, 1, 6.6348966010212145],
  [0.95, 1, 3.841458820694124],
  [0.99, 4, 13.276704135987622],
  [0.99, 9, 21.665994333461924],
  [0.95, 9, 16.918977604620448],
  [0.5, 2, 1.386294361119891],
  [0.001, 3, 0.024297585815692732],
  [0.99, 59, 87.16571139978757],
  [0.999999, 2, 27.631021115871036],
  [0.2, 0.5, 0.002161771461325955],
];

describe('chiSquareQuantile', () => {
  it.each(CASES)('chi2.ppf(%f, %f)', (p, k, expected) => {
    expectClose(chiSquareQuantile(p, k), expected, 1e-10);
  });
  it('inverts chiSquareSf', () => {
    for (const k of [1, 3, 9, 30]) expectClose(chiSquareSf(chiSquareQuantile(0.99, k), k), 0.01, 1e-10);
  });
  it('edges and error codes', () => {
    expect(chiSquareQuantile(0, 3)).toBe(0);
    expect(chiSquareQuantile(1, 3)).toBe(Number.POSITIVE_INFINITY);
    expect(codeOf(() => chiSquareQuantile(1.5, 3))).toBe('INVALID_OPTION');
    expect(codeOf(() => chiSquareQuantile(0.5, -1))).toBe('INVALID_OPTION');
  });
});
