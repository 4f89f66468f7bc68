import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../src/create-rng.ts';
import { sortFloat64 } from '../src/sort-float64.ts';
import { codeOf } from './helpers/close.ts';

describe('sortFloat64 (radix sort on IEEE-754 bits)', () => {
  it('matches Float64Array#sort on large mixed-sign, mixed-magnitude data', () => {
    const rng = createRng(5);
    const x = new Float64Array(50000);
    for (let i = 0; i < x.length; i++) x[i] = (rng() - 0.5) * 10 ** Math.floor(rng() * 40 - 20);
    x[0] = -0;
    x[1] = 0;
    x[2] = Number.MIN_VALUE;
    x[3] = -Number.MAX_VALUE;
    expect(Array.from(sortFloat64(x))).toEqual(Array.from(x.slice().sort()));
  });
  it('property: equals the engine sort for any finite input (small and large)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 1500 }),
        (v) => {
          const want = Float64Array.from(v).sort();
          const got = sortFloat64(v);
          for (let i = 0; i < v.length; i++) expect(got[i] === want[i]).toBe(true);
        },
      ),
      { numRuns: 60, seed: 1 },
    );
  });
  it('error codes', () => {
    expect(codeOf(() => sortFloat64([]))).toBe('EMPTY_SAMPLE');
    expect(codeOf(() => sortFloat64([Number.NaN]))).toBe('NON_FINITE');
  });
});
