import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ecdf } from '../src/ecdf.ts';
import { codeOf } from './helpers/close.ts';

describe('ecdf', () => {
  it('collapses ties into right-continuous steps', () => {
    const r = ecdf([3, 1, 1, 2]);
    expect(Array.from(r.x)).toEqual([1, 2, 3]);
    expect(Array.from(r.y)).toEqual([0.5, 0.75, 1]);
  });
  it('properties: strictly increasing x, non-decreasing y ending at 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 40 }), (v) => {
        const { x, y } = ecdf(v);
        for (let i = 1; i < x.length; i++) expect(x[i] as number).toBeGreaterThan(x[i - 1] as number);
        expect(y[y.length - 1]).toBe(1);
      }),
      { numRuns: 100, seed: 2 },
    );
  });
  it('error codes', () => {
    expect(codeOf(() => ecdf([]))).toBe('EMPTY_SAMPLE');
    expect(codeOf(() => ecdf([1, Number.NaN]))).toBe('NON_FINITE');
  });
});
