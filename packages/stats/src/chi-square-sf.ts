import { StatsInputError } from './errors.ts';
import { gammaQ } from './internal/incomplete-gamma.ts';
import { describe } from './internal/validate.ts';

/**
 * Survival function of the chi-square distribution, P(χ²_k >= x) (scipy.stats.chi2.sf).
 *
 * Plain English: the p-value of a chi-square statistic x with k degrees of freedom. Computed
 * directly as the regularized upper incomplete gamma Q(k/2, x/2) (series below a + 1, Lentz
 * continued fraction above), never as 1 − CDF, so tiny p-values keep their relative precision.
 *
 * Reference: Numerical Recipes §6.2; Abramowitz & Stegun 26.4.
 * Complexity: O(√k) iterations at worst.
 *
 * @param x - statistic value (dimensionless, >= 0; negative values give 1)
 * @param dof - degrees of freedom (> 0)
 * @returns probability in [0, 1]
 * @throws StatsInputError NON_FINITE for a non-finite x; INVALID_OPTION for dof <= 0
 * @example
 * chiSquareSf(3.841458820694124, 1); // ≈ 0.05
 */
export function chiSquareSf(x: number, dof: number): number {
  if (typeof x !== 'number' || Number.isNaN(x))
    throw new StatsInputError('NON_FINITE', 'chiSquareSf', 'a numeric x', describe(x));
  if (!(typeof dof === 'number' && dof > 0 && Number.isFinite(dof))) {
    throw new StatsInputError('INVALID_OPTION', 'chiSquareSf', 'dof > 0', describe(dof));
  }
  if (x === Number.POSITIVE_INFINITY) return 0;
  return gammaQ(dof / 2, Math.max(0, x) / 2);
}
