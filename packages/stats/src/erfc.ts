import { StatsInputError } from './errors.ts';
import { gammaP, gammaQ } from './internal/incomplete-gamma.ts';
import { describe } from './internal/validate.ts';

/**
 * Complementary error function erfc(x) = 1 − erf(x) = (2/√π)∫ₓ^∞ e^{−t²} dt, accurate in the tails.
 *
 * Plain English: twice the upper tail of a normal distribution at x·√2; the two-sided normal
 * p-value of a z score is erfc(|z|/√2). Computed as the regularized upper incomplete gamma
 * Q(1/2, x²) for x >= 0 (series or Lentz continued fraction, no table) and 1 + P(1/2, x²) below 0,
 * so values like erfc(10) = 2.09e-45 keep full relative precision.
 *
 * Reference: Abramowitz & Stegun 6.5.17 / 7.1.2; scipy.special.erfc.
 * Complexity: O(1) (tens of iterations).
 *
 * @param x - real argument (dimensionless)
 * @returns value in [0, 2]
 * @throws StatsInputError NON_FINITE for NaN (±Infinity give 0 and 2)
 * @example
 * erfc(1); // 0.15729920705028513
 */
export function erfc(x: number): number {
  if (Number.isNaN(x) || typeof x !== 'number')
    throw new StatsInputError('NON_FINITE', 'erfc', 'a number', describe(x));
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x === Number.NEGATIVE_INFINITY) return 2;
  if (x >= 0) return gammaQ(0.5, x * x);
  return 1 + gammaP(0.5, x * x);
}
