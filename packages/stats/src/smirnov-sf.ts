import { StatsInputError } from './errors.ts';
import { describe } from './internal/validate.ts';

/**
 * Exact survival function of the one-sided one-sample Kolmogorov–Smirnov statistic,
 * P(D⁺ₙ >= x) (scipy.special.smirnov).
 *
 * Plain English: the chance that an empirical CDF of n continuous observations rises at least x
 * above the true CDF somewhere. Computed with the Birnbaum–Tingey (1951) sum
 * x·Σ_{j=0}^{⌊n(1−x)⌋} C(n,j)(x + j/n)^{j−1}(1 − x − j/n)^{n−j}, whose terms are all positive;
 * each term is formed in log space and summed with a running power scale, so it neither
 * overflows nor cancels for large n.
 *
 * Reference: Birnbaum & Tingey (1951), Ann. Math. Statist. 22(4); scipy.special.smirnov.
 * Complexity: O(n(1 − x)) time, O(1) memory.
 *
 * @param n - sample size (integer >= 1)
 * @param x - deviation, a CDF difference in [0, 1]
 * @returns probability in [0, 1]
 * @throws StatsInputError INVALID_OPTION when n is not a positive integer; NON_FINITE when x is not finite
 * @example
 * smirnovSf(5, 0.5); // 0.05609375 (scipy.special.smirnov(5, 0.5))
 */
export function smirnovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n < 1) {
    throw new StatsInputError('INVALID_OPTION', 'smirnovSf', 'n >= 1 (an integer)', describe(n));
  }
  if (!Number.isFinite(x)) throw new StatsInputError('NON_FINITE', 'smirnovSf', 'a finite x', describe(x));
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  if (n === 1) return 1 - x;
  const jmax = Math.floor(n * (1 - x));
  const logX = Math.log(x);
  let logChoose = 0;
  let scale = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (let j = 0; j <= jmax; j++) {
    const base = (n - j) / n - x;
    if (base > 0) {
      const a = x + j / n;
      const lt = logChoose + logX + (j - 1) * Math.log(a) + (n - j) * Math.log(base);
      if (lt > scale) {
        sum = sum * Math.exp(scale - lt) + 1;
        scale = lt;
      } else {
        sum += Math.exp(lt - scale);
      }
    }
    logChoose += Math.log((n - j) / (j + 1));
  }
  const p = sum * Math.exp(scale);
  return p < 0 ? 0 : Math.min(p, 1);
}
