import { StatsInputError } from './errors.ts';
import { normalQuantile } from './internal/normal-quantile.ts';
import { checkPowerInputs, powerSpreads, type TwoProportionPowerOptions } from './internal/two-proportion-core.ts';
import { describe } from './internal/validate.ts';
import { twoProportionPower } from './two-proportion-power.ts';

/**
 * Cases per group for a pooled two-proportion z-test to reach a given power, normal approximation.
 *
 * Plain English: how many labelled cases you need before and after a change from share p1 to p2
 * to notice it with the chosen probability. n = ((z₁₋α·√((p1+p2)(q1+q2)/2) + z_power·√(p1q1 + p2q2)) / |p1 − p2|)²,
 * rounded up (z₁₋α/2 for a two-sided test), so the power at the returned n is at least `power`.
 *
 * Reference: R `power.prop.test` (stats package); Fleiss, Levin & Paik (3rd ed.), §4.2.
 * Complexity: O(1).
 *
 * @param p1 - share before, in [0, 1]
 * @param p2 - share after, in [0, 1], ≠ p1
 * @param power - wanted power in (0, 1), e.g. 0.8
 * @returns whole cases per group (≥ 1)
 * @throws StatsInputError INVALID_OPTION for shares outside [0, 1], p1 = p2, power or alpha outside (0, 1)
 * @example
 * twoProportionSampleSize(0.5, 0.4, 0.5, { alternative: 'two-sided' }); // 191 (R: n = 190.15)
 */
export function twoProportionSampleSize(
  p1: number,
  p2: number,
  power: number,
  options: TwoProportionPowerOptions = {},
): number {
  const { zAlpha } = checkPowerInputs('twoProportionSampleSize', p1, p2, options);
  if (!(typeof power === 'number' && power > 0 && power < 1)) {
    throw new StatsInputError('INVALID_OPTION', 'twoProportionSampleSize', 'power in (0, 1)', describe(power));
  }
  const { sdNull, sdAlt } = powerSpreads(p1, p2);
  const zPower = normalQuantile(power);
  let n = Math.max(1, Math.ceil(((zAlpha * sdNull + zPower * sdAlt) / Math.abs(p1 - p2)) ** 2));
  // Floating point can leave the formula's n a hair short of the power: step up until it is not.
  while (twoProportionPower(p1, p2, n, options) < power) n++;
  return n;
}
