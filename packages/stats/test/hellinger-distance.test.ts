import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hellingerDistance } from '../src/hellinger-distance.ts';
import { tvd } from '../src/tvd.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { badPairInputs, countPairs, expectBoundedDistance } from './helpers/distribution-inputs.ts';
import { DISTANCE_CASES } from './helpers/scipy-divergence-cases.ts';

describe('hellingerDistance', () => {
  it.each(DISTANCE_CASES)('numpy parity %j vs %j (both textbook forms)', (p, q, _tvd, _linf, normForm, bcForm) => {
    expectClose(hellingerDistance(p, q), normForm, 0, 1e-15);
    expectClose(hellingerDistance(p, q), bcForm, 0, 1e-12);
  });
  it('keeps its digits for nearly identical inputs, where √(1 − BC) cancels to 0', () => {
    // mpmath, 50 digits: p = [1, 1 + d] (as doubles), q = p reversed, shares a, b;
    // float(mp.sqrt(sum((mp.sqrt(x) - mp.sqrt(y))**2 for x, y in zip(a, b)) / 2))
    // d = 1e-6 → 3.535532137875923e-07; d = 1e-9 → 3.5355341966963577e-10 (numpy's 1 − BC form: 0.0)
    expectClose(hellingerDistance([1, 1 + 1e-6], [1 + 1e-6, 1]), 3.535532137875923e-7, 1e-9);
    expectClose(hellingerDistance([1, 1 + 1e-9], [1 + 1e-9, 1]), 3.5355341966963577e-10, 1e-6);
  });
  it('properties: in [0, 1], symmetric, 0 on identical inputs, invariant to scaling counts', () => {
    expectBoundedDistance(hellingerDistance, 31);
  });
  it('sits between the TVD bounds H² <= TVD <= √2·H (Le Cam)', () => {
    fc.assert(
      fc.property(countPairs, ([p, q]) => {
        const h = hellingerDistance(p, q);
        const t = tvd(p, q);
        expect(h * h).toBeLessThanOrEqual(t + 1e-12);
        expect(t).toBeLessThanOrEqual(Math.SQRT2 * h + 1e-12);
      }),
      { numRuns: 200, seed: 32 },
    );
  });
  it.each(badPairInputs(hellingerDistance))('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
