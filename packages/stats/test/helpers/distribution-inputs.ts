import fc from 'fast-check';
import { expect } from 'vitest';

/** Pairs of count vectors over the same bins (equal length 1–20, each with a positive sum). */
export const countPairs = fc
  .integer({ min: 1, max: 20 })
  .chain((k) =>
    fc.tuple(
      fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: k, maxLength: k }),
      fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: k, maxLength: k }),
    ),
  )
  .filter(([p, q]) => p.some((v) => v > 0) && q.some((v) => v > 0));

type PairFunction = (p: ArrayLike<number>, q: ArrayLike<number>) => number;

/** One thunk per bad-input class shared by every function of two count vectors, with its code. */
export function badPairInputs(fn: PairFunction): [string, () => unknown, string][] {
  return [
    ['empty', () => fn([], []), 'EMPTY_SAMPLE'],
    ['not an array', () => fn(null as never, [1]), 'EMPTY_SAMPLE'],
    ['NaN', () => fn([Number.NaN, 1], [1, 1]), 'NON_FINITE'],
    ['Infinity', () => fn([1, 1], [Number.POSITIVE_INFINITY, 1]), 'NON_FINITE'],
    ['non-number', () => fn(['1', 1] as never, [1, 1]), 'NON_FINITE'],
    ['negative', () => fn([1, -1], [1, 1]), 'NOT_A_DISTRIBUTION'],
    ['all zero', () => fn([0, 0], [1, 1]), 'NOT_A_DISTRIBUTION'],
    ['length mismatch', () => fn([1, 2], [1, 2, 3]), 'LENGTH_MISMATCH'],
  ];
}

/**
 * Property test for a bounded distance of two distributions: in [0, 1], symmetric, exactly 0 on
 * the same vector, invariant to rescaling the counts, finite (never NaN).
 */
export function expectBoundedDistance(fn: PairFunction, seed: number): void {
  fc.assert(
    fc.property(countPairs, fc.integer({ min: 1, max: 1000 }), ([p, q], scale) => {
      const d = fn(p, q);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(1);
      expect(fn(q, p)).toBe(d);
      expect(fn(p, p)).toBe(0);
      expect(
        Math.abs(
          fn(
            p.map((v) => v * scale),
            q,
          ) - d,
        ),
      ).toBeLessThan(1e-12);
      expect(
        fn(
          p,
          p.map((v) => v * scale),
        ),
      ).toBeLessThan(1e-7);
    }),
    { numRuns: 300, seed },
  );
}
