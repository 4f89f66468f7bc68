import { gammaln } from 'simple-statistics';
import { StatsInputError } from './errors.ts';
import { chiSquarePdf, gammaP } from './internal/incomplete-gamma.ts';
import { normalQuantile } from './internal/normal-quantile.ts';
import { describe } from './internal/validate.ts';

/**
 * Quantile (inverse CDF, ppf) of the chi-square distribution (scipy.stats.chi2.ppf).
 *
 * Plain English: the value a chi-square statistic with `dof` degrees of freedom stays below with
 * probability p — e.g. the 99 % critical value behind PSI's null-calibrated threshold. Starts
 * from the Wilson–Hilferty cube-root normal approximation and refines with safeguarded Newton
 * steps on the regularized incomplete gamma (bisection whenever a step leaves the bracket).
 *
 * Reference: E. B. Wilson, M. M. Hilferty (1931), PNAS 17(12); scipy.special.chdtri.
 * Complexity: O(1) Newton iterations (typically < 10), each O(√dof).
 *
 * @param p - probability in (0, 1) (0 gives 0, 1 gives Infinity)
 * @param dof - degrees of freedom (> 0)
 * @returns x >= 0 with P(χ²_dof <= x) = p
 * @throws StatsInputError INVALID_OPTION for p outside [0, 1] or dof <= 0
 * @example
 * chiSquareQuantile(0.99, 9); // 21.665994333461924
 */
export function chiSquareQuantile(p: number, dof: number): number {
  if (!(typeof p === 'number' && p >= 0 && p <= 1)) {
    throw new StatsInputError('INVALID_OPTION', 'chiSquareQuantile', 'p in [0, 1]', describe(p));
  }
  if (!(typeof dof === 'number' && dof > 0 && Number.isFinite(dof))) {
    throw new StatsInputError('INVALID_OPTION', 'chiSquareQuantile', 'dof > 0', describe(dof));
  }
  if (p === 0) return 0;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const a = dof / 2;
  const z = normalQuantile(p);
  const c = 2 / (9 * dof);
  let x = dof * (1 - c + z * Math.sqrt(c)) ** 3;
  if (!(x > 0)) x = Math.max(1e-300, (p * Math.exp(gammaln(a + 1))) ** (1 / a) * 2);
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (let it = 0; it < 200; it++) {
    const f = gammaP(a, x / 2) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    let next = x - f / chiSquarePdf(x, dof);
    if (!(next > lo && next < hi)) next = hi === Number.POSITIVE_INFINITY ? 2 * x + 1 : (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-15 * x) return next;
    x = next;
  }
  return x;
}
