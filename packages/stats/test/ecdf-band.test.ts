import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../src/create-rng.ts';
import { dkwBand } from '../src/dkw-band.ts';
import { ecdf } from '../src/ecdf.ts';
import { ecdfBand } from '../src/ecdf-band.ts';
import { codeOf, expectClose } from './helpers/close.ts';

describe('ecdfBand', () => {
  it('is the ECDF ± the DKW half-width, clipped to [0, 1]', () => {
    // python: e = math.sqrt(math.log(2 / 0.5) / (2 * 4)) = 0.41627730557884884
    const band = ecdfBand([3, 1, 1, 2], 0.5);
    expect(Array.from(band.x)).toEqual([1, 2, 3]);
    expect(Array.from(band.y)).toEqual([0.5, 0.75, 1]);
    expectClose(band.epsilon, 0.41627730557884884, 1e-15);
    expect(band.upper[1]).toBe(1);
    expectClose(band.lower[0] as number, 0.5 - 0.41627730557884884, 1e-14);
    expect(band.epsilon).toBe(dkwBand(4, 0.5).epsilon);
  });
  it('properties: same steps as ecdf, 0 <= lower <= y <= upper <= 1, both bounds non-decreasing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        (v, alpha) => {
          const { x, y, lower, upper } = ecdfBand(v, alpha);
          const plain = ecdf(v);
          expect(x).toEqual(plain.x);
          expect(y).toEqual(plain.y);
          for (let i = 0; i < y.length; i++) {
            expect(0 <= (lower[i] as number) && (lower[i] as number) <= (y[i] as number)).toBe(true);
            expect((y[i] as number) <= (upper[i] as number) && (upper[i] as number) <= 1).toBe(true);
            if (i > 0) expect(lower[i] as number).toBeGreaterThanOrEqual(lower[i - 1] as number);
          }
        },
      ),
      { numRuns: 200, seed: 61 },
    );
  });
  it('covers the true CDF of seeded uniform samples at least 1 − α of the time', () => {
    const rng = createRng(62);
    const reps = 2000;
    let misses = 0;
    for (let r = 0; r < reps; r++) {
      const sample = Array.from({ length: 50 }, () => rng());
      const { x, lower, upper, epsilon } = ecdfBand(sample, 0.1);
      // U(0, 1) has F(t) = t; the largest gaps sit at the jumps, so check F at each x against the
      // band on both sides of the jump (before the first jump the band is [0, min(1, epsilon)])
      let covered = true;
      for (let i = 0; i < x.length; i++) {
        const t = x[i] as number;
        const lowerBefore = i === 0 ? 0 : (lower[i - 1] as number);
        const upperBefore = i === 0 ? Math.min(1, epsilon) : (upper[i - 1] as number);
        if (t < (lower[i] as number) || t > (upper[i] as number) || t < lowerBefore || t > upperBefore) covered = false;
      }
      if (!covered) misses++;
    }
    // Massart: P(miss) <= α (exact for n = 50: kstwo.sf(0.17308, 50) = 0.0884); slack 3 binomial sd
    expect(misses / reps).toBeLessThanOrEqual(0.1 + 0.02);
    expect(misses / reps).toBeGreaterThan(0.05);
  });
  it.each([
    ['empty', () => ecdfBand([]), 'EMPTY_SAMPLE'],
    ['NaN', () => ecdfBand([1, Number.NaN]), 'NON_FINITE'],
    ['alpha 0', () => ecdfBand([1], 0), 'INVALID_OPTION'],
    ['alpha 1.5', () => ecdfBand([1], 1.5), 'INVALID_OPTION'],
  ])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
