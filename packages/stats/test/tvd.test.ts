import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { l1Binned } from '../src/l1-binned.ts';
import { tvd } from '../src/tvd.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { badPairInputs, countPairs, expectBoundedDistance } from './helpers/distribution-inputs.ts';
import { DISTANCE_CASES } from './helpers/scipy-divergence-cases.ts';

describe('tvd', () => {
  it.each(DISTANCE_CASES)('numpy parity %j vs %j', (p, q, expected) => {
    expectClose(tvd(p, q), expected, 0, 1e-15);
  });
  it('is exactly half of l1Binned (same internals)', () => {
    fc.assert(
      fc.property(countPairs, ([p, q]) => {
        expect(tvd(p, q)).toBe(l1Binned(p, q) / 2);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
  it('properties: in [0, 1], symmetric, 0 on identical inputs, invariant to scaling counts', () => {
    expectBoundedDistance(tvd, 12);
  });
  it('stays finite when the counts sum past Number.MAX_VALUE', () => {
    expect(tvd([1e308, 1e308], [1, 3])).toBeCloseTo(0.25, 15);
  });
  it.each(badPairInputs(tvd))('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
