import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wasserstein1 } from '../src/wasserstein1.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { W1_CASES } from './helpers/scipy-dist-cases.ts';
import { seeded, seq } from './helpers/seeded-data.ts';

describe('wasserstein1', () => {
  // scipy 1.17.1 reference fixtures: [x, y, W1, W1/np.std(x)]
  const golden: [number[], number[], number, number | null][] = [
    [[1, 2, 3], [4, 5, 6], 3, 3.6742346141747677],
    [[1, 1, 2, 2, 3], [1, 2, 2, 3, 3, 3], 0.5333333333333334, 0.7126966450997985],
    [[0, 1, 2, 3], [2, 3, 4, 5, 6], 2.5, 2.23606797749979],
    [seq(40, 37, 101, 10), seq(55, 53, 103, 10, 1.5), 1.220454545454546, 0.4138971492978536],
    [seq(300, 7919, 1000, 100), seq(200, 104729, 997, 100, 0.4), 0.2421500000000002, null],
    [seq(300, 7919, 1000, 100), seq(200, 104729, 997, 100, 1.0), 0.84215, null],
    [Array.from({ length: 500 }, (_, i) => i % 5), Array.from({ length: 400 }, (_, i) => (3 * i) % 6), 0.7, null],
    [seq(2000, 7919, 1009, 100), seq(2000, 104729, 997, 100, 0.3), 0.22805, null],
    [seq(3000, 7919, 1009, 100), seq(2500, 104729, 997, 100, 0.15), 0.07280133333333351, null],
    [seq(12000, 7919, 10007, 1000), seq(9000, 104729, 9973, 1000, 0.2), 0.15458288888888883, null],
    [[0, 1, 3], [5, 6, 8], 5, null],
  ];
  it.each(golden)('golden fixture %#', (x, y, w1, normed) => {
    const r = wasserstein1(x, y);
    expectClose(r.value, w1, 1e-9);
    if (normed !== null) expectClose(r.normedStd, normed, 1e-9);
  });
  it.each(W1_CASES)('scipy parity on seeded data %j vs %j', (a, b, w1, normed) => {
    const r = wasserstein1(seeded(...a), seeded(...b));
    expectClose(r.value, w1, 1e-9);
    expectClose(r.normedStd, normed, 1e-9);
  });
  it('normedIqr, meanShift and the constant-reference warning', () => {
    const r = wasserstein1([1, 2, 3, 4], [2, 3, 4, 5]);
    expectClose(r.value, 1, 1e-15);
    expectClose(r.normedIqr as number, 1 / 1.5, 1e-15);
    expectClose(r.meanShift, 1, 1e-15);
    const c = wasserstein1([2, 2, 2], [2, 3]);
    expect(c.normedIqr).toBeNull();
    expectClose(c.normedStd, 0.5 / 0.001, 1e-12);
    expect(c.warnings).toHaveLength(1);
  });
  it('properties: >= 0, 0 on identical samples, symmetric, order-invariant', () => {
    const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const r = wasserstein1(x, y);
        expect(r.value).toBeGreaterThanOrEqual(0);
        expect(wasserstein1(x, [...x].reverse()).value).toBe(0);
        expectClose(wasserstein1(y, x).value, r.value, 1e-12, 1e-12);
        expect(
          wasserstein1(
            [...x].sort((u, v) => v - u),
            y,
          ).value,
        ).toBe(r.value);
      }),
      { numRuns: 200, seed: 3 },
    );
  });
  it('error codes', () => {
    expect(codeOf(() => wasserstein1([], [1]))).toBe('EMPTY_SAMPLE');
    expect(codeOf(() => wasserstein1([1], [Number.NaN]))).toBe('NON_FINITE');
    expect(codeOf(() => wasserstein1([Number.POSITIVE_INFINITY], [1]))).toBe('NON_FINITE');
    expect(codeOf(() => wasserstein1([1], [Number.NEGATIVE_INFINITY]))).toBe('NON_FINITE');
  });
});
