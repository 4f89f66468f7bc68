import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantiles } from '../src/quantiles.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { QUANTILE_CASES } from './helpers/scipy-dist-cases.ts';
import { seeded } from './helpers/seeded-data.ts';

describe('quantiles (type 7)', () => {
  it('numpy type-7 fixture and the [1,2,3,4] check', () => {
    expect(quantiles([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], [0.1, 0.25, 0.5, 0.75, 0.9])).toEqual([6, 7.5, 9, 14, 16]);
    expect(quantiles([1, 2, 3, 4], [0.25])).toEqual([1.75]);
  });
  it.each(QUANTILE_CASES)('numpy parity on seeded %j', (a, ps, expected) => {
    const q = quantiles(seeded(...a), ps);
    for (const [i, v] of q.entries()) expectClose(v, expected[i] as number, 1e-12, 1e-300);
  });
  it('properties: within [min, max], monotone in p, order-invariant', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }), (x) => {
        const q = quantiles(x, [0, 0.1, 0.5, 0.9, 1]);
        expect(q[0]).toBe(Math.min(...x));
        expect(q[4]).toBe(Math.max(...x));
        for (let i = 1; i < q.length; i++) expect(q[i] as number).toBeGreaterThanOrEqual(q[i - 1] as number);
        expect(quantiles([...x].reverse(), [0, 0.1, 0.5, 0.9, 1])).toEqual(q);
      }),
      { numRuns: 200, seed: 9 },
    );
  });
  it.each([
    ['empty', () => quantiles([], [0.5]), 'EMPTY_SAMPLE'],
    ['NaN', () => quantiles([Number.NaN], [0.5]), 'NON_FINITE'],
    ['Infinity', () => quantiles([Number.NEGATIVE_INFINITY], [0.5]), 'NON_FINITE'],
    ['p > 1', () => quantiles([1], [1.5]), 'INVALID_OPTION'],
    ['p NaN', () => quantiles([1], [Number.NaN]), 'INVALID_OPTION'],
  ])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
