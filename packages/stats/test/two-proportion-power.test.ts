import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoProportionPower } from '../src/two-proportion-power.ts';
import { codeOf, expectClose } from './helpers/close.ts';

// from scipy.stats import norm; import math
// def pw(p1, p2, n, alpha=0.05, sides=1):
//     za = norm.ppf(1 - alpha / sides); q1, q2 = 1 - p1, 1 - p2
//     return norm.cdf((math.sqrt(n) * abs(p1 - p2) - za * math.sqrt((p1 + p2) * (q1 + q2) / 2))
//                     / math.sqrt(p1 * q1 + p2 * q2))
// (the formula of R's power.prop.test with strict = FALSE)
const CASES: [number, number, number, number, 'one-sided' | 'two-sided', number][] = [
  [0.5, 0.4, 100, 0.05, 'one-sided', 0.4111246118332797],
  [0.5, 0.4, 100, 0.05, 'two-sided', 0.2941273269106983],
  [0.8, 0.7, 231, 0.05, 'one-sided', 0.8003069322812032],
  [0.1, 0.05, 500, 0.01, 'one-sided', 0.7511823677087994],
  [0.3, 0.0, 20, 0.05, 'one-sided', 0.8676090255663509],
];

describe('twoProportionPower', () => {
  it.each(CASES)('p1 %f → p2 %f, n %i, α %f %s matches scipy', (p1, p2, n, alpha, alternative, expected) => {
    expectClose(twoProportionPower(p1, p2, n, { alpha, alternative }), expected, 1e-10);
  });

  it('grows with n and is symmetric in the direction of the change', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        (p1, p2, n) => {
          fc.pre(Math.abs(p1 - p2) > 1e-6);
          const power = twoProportionPower(p1, p2, n);
          expect(power).toBeGreaterThanOrEqual(0);
          expect(power).toBeLessThanOrEqual(1);
          expect(twoProportionPower(p1, p2, n + 1)).toBeGreaterThanOrEqual(power);
          expectClose(twoProportionPower(p2, p1, n), power, 1e-12);
        },
      ),
    );
  });

  it('rejects equal shares, shares outside [0, 1], n <= 0 and a bad alpha', () => {
    expect(codeOf(() => twoProportionPower(0.5, 0.5, 10))).toBe('INVALID_OPTION');
    expect(codeOf(() => twoProportionPower(1.5, 0.5, 10))).toBe('INVALID_OPTION');
    expect(codeOf(() => twoProportionPower(0.5, 0.4, 0))).toBe('INVALID_OPTION');
    expect(codeOf(() => twoProportionPower(0.5, 0.4, 10, { alpha: 1 }))).toBe('INVALID_OPTION');
  });
});
