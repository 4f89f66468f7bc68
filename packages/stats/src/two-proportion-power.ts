import { erfc } from './erfc.ts';
import { StatsInputError } from './errors.ts';
import { checkPowerInputs, powerSpreads, type TwoProportionPowerOptions } from './internal/two-proportion-core.ts';
import { describe } from './internal/validate.ts';

export type { TwoProportionPowerOptions } from './internal/two-proportion-core.ts';
/**
 * Power of a pooled two-proportion z-test with n cases in each group, normal approximation.
 *
 * Plain English: the chance that a test on two samples of n cases each flags a real change from
 * share p1 to p2. power = Φ((|p1 − p2|·√n − z₁₋α·√((p1+p2)(q1+q2)/2)) / √(p1q1 + p2q2)), with
 * z₁₋α/2 for a two-sided test; the far tail of a two-sided test is ignored (R's default,
 * `strict = FALSE`).
 *
 * Reference: R `power.prop.test` (stats package); Fleiss, Levin & Paik, Statistical Methods for
 * Rates and Proportions (3rd ed.), §4.2. Complexity: O(1).
 *
 * @param p1 - share before, in [0, 1]
 * @param p2 - share after, in [0, 1], ≠ p1
 * @param n - cases per group (> 0)
 * @returns power in [0, 1]
 * @throws StatsInputError INVALID_OPTION for shares outside [0, 1], p1 = p2, n <= 0 or alpha outside (0, 1)
 * @example
 * twoProportionPower(0.5, 0.4, 305); // ≈ 0.8000 (one-sided, α = 0.05)
 */
export function twoProportionPower(p1: number, p2: number, n: number, options: TwoProportionPowerOptions = {}): number {
  const { zAlpha } = checkPowerInputs('twoProportionPower', p1, p2, options);
  if (!(typeof n === 'number' && n > 0)) {
    throw new StatsInputError('INVALID_OPTION', 'twoProportionPower', 'n > 0', describe(n));
  }
  const { sdNull, sdAlt } = powerSpreads(p1, p2);
  const margin = Math.abs(p1 - p2) * Math.sqrt(n) - zAlpha * sdNull;
  // Both shares at 0 or 1: no sampling noise, so the test either always or never rejects.
  if (sdAlt === 0) return margin > 0 ? 1 : 0;
  const z = margin / sdAlt;
  return 0.5 * erfc(-z / Math.SQRT2);
}
