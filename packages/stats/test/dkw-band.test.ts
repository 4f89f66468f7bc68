import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dkwBand } from '../src/dkw-band.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { DKW_CASES } from './helpers/scipy-divergence-cases.ts';

describe('dkwBand', () => {
  it.each(DKW_CASES)('n = %i, alpha = %f: epsilon = √(ln(2/α)/(2n))', (n, alpha, epsilon) => {
    const band = dkwBand(n, alpha);
    expectClose(band.epsilon, epsilon, 1e-15);
    expect(band).toMatchObject({ n, alpha });
  });
  it('defaults to alpha = 0.05', () => {
    expect(dkwBand(100)).toEqual(dkwBand(100, 0.05));
  });
  it('properties: epsilon decreases in n and grows as alpha shrinks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e7 }),
        fc.double({ min: 1e-6, max: 0.99, noNaN: true }),
        fc.double({ min: 1e-6, max: 0.99, noNaN: true }),
        (n, a1, a2) => {
          const e = dkwBand(n, a1).epsilon;
          expect(e).toBeGreaterThan(0);
          expect(dkwBand(n + 1, a1).epsilon).toBeLessThan(e);
          if (a2 < a1) expect(dkwBand(n, a2).epsilon).toBeGreaterThanOrEqual(e);
          if (a2 < a1 / 2) expect(dkwBand(n, a2).epsilon).toBeGreaterThan(e);
        },
      ),
      { numRuns: 300, seed: 51 },
    );
  });
  it.each([
    ['n 0', () => dkwBand(0), 'INVALID_OPTION'],
    ['n not an integer', () => dkwBand(2.5), 'INVALID_OPTION'],
    ['n NaN', () => dkwBand(Number.NaN), 'INVALID_OPTION'],
    ['alpha 0', () => dkwBand(10, 0), 'INVALID_OPTION'],
    ['alpha 1', () => dkwBand(10, 1), 'INVALID_OPTION'],
    ['alpha NaN', () => dkwBand(10, Number.NaN), 'INVALID_OPTION'],
  ])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
