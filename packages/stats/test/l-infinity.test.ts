import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lInfinity } from '../src/l-infinity.ts';
import { tvd } from '../src/tvd.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { badPairInputs, countPairs, expectBoundedDistance } from './helpers/distribution-inputs.ts';
import { DISTANCE_CASES } from './helpers/scipy-divergence-cases.ts';

describe('lInfinity', () => {
  it.each(DISTANCE_CASES)('numpy parity %j vs %j', (p, q, _tvd, expected) => {
    expectClose(lInfinity(p, q), expected, 0, 1e-15);
  });
  it('properties: in [0, 1], symmetric, 0 on identical inputs, invariant to scaling counts', () => {
    expectBoundedDistance(lInfinity, 21);
  });
  it('never exceeds the total variation distance (one bin is a set of bins)', () => {
    fc.assert(
      fc.property(countPairs, ([p, q]) => {
        expect(lInfinity(p, q)).toBeLessThanOrEqual(tvd(p, q) + 1e-15);
      }),
      { numRuns: 200, seed: 22 },
    );
  });
  it.each(badPairInputs(lInfinity))('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
