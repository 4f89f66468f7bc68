import { StatsInputError } from './errors.ts';
import { kolmogorovCdfDurbin } from './internal/kolmogorov-durbin.ts';
import { kolmogorovCdfPelzGood } from './internal/kolmogorov-pelz-good.ts';
import { kolmogorovCdfPomeranz } from './internal/kolmogorov-pomeranz.ts';
import { clip01 } from './internal/scaling.ts';
import { describe } from './internal/validate.ts';
import { smirnovSf } from './smirnov-sf.ts';

const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];

/** log(n!/n^n) by Stirling's series with n·log n removed up front (no cancellation). */
function logFactorialOverPower(n: number): number {
  const r2 = 1 / (n * n);
  let poly = 0;
  for (let i = STIRLING.length - 1; i >= 0; i--) poly = poly * r2 + (STIRLING[i] as number);
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + poly / n;
}

/**
 * Survival function of the exact two-sided one-sample Kolmogorov statistic, P(Dₙ >= d)
 * (scipy.stats.kstwo.sf), evaluated as Simard & L'Ecuyer (2011) prescribe.
 *
 * Plain English: the chance that the empirical CDF of n continuous observations strays at
 * least d from the true CDF somewhere. The two-sample KS test uses it at the effective size
 * N = round(mn/(m+n)) for its asymptotic p-value.
 *
 * Regimes (t = n·d): t <= 1 and t >= n − 1 Ruben–Gambino closed forms; d >= 0.5 exact
 * 2·smirnovSf; n <= 140: n·d² <= 0.754693 Durbin matrix (Marsaglia–Tsang–Wang), <= 4 Pomeranz,
 * else 2·smirnovSf; n > 140: n·d² >= 370 → 0, >= 2.2 → 2·smirnovSf, else 1 − CDF with the Durbin
 * matrix when n <= 100000 and n·d^1.5 <= 1.4, otherwise the Pelz–Good series.
 *
 * Reference: R. Simard, P. L'Ecuyer (2011), "Computing the two-sided Kolmogorov–Smirnov
 * distribution", J. Stat. Softw. 39(11); scipy.stats._ksstats._kolmogn.
 * Complexity: O(1) to O(k³ log n) with k = ⌈nd⌉ (Durbin), O(n) (smirnovSf).
 *
 * @param n - sample size (integer >= 1)
 * @param d - the KS statistic, a CDF difference in [0, 1]
 * @returns probability in [0, 1]
 * @throws StatsInputError INVALID_OPTION when n is not a positive integer; NON_FINITE when d is not finite
 * @example
 * kolmogorovSf(10, 0.274); // ≈ 0.3603 (scipy.stats.kstwo.sf(0.274, 10))
 */
export function kolmogorovSf(n: number, d: number): number {
  if (!Number.isInteger(n) || n < 1) {
    throw new StatsInputError('INVALID_OPTION', 'kolmogorovSf', 'n >= 1 (an integer)', describe(n));
  }
  if (!Number.isFinite(d)) throw new StatsInputError('NON_FINITE', 'kolmogorovSf', 'a finite d', describe(d));
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= (i / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip01(1 - prob);
  }
  if (t >= n - 1) return clip01(2 * (1 - d) ** n);
  if (d >= 0.5) return clip01(2 * smirnovSf(n, d));
  const nd2 = t * d;
  if (n <= 140) {
    if (nd2 <= 0.754693) return clip01(1 - kolmogorovCdfDurbin(n, d));
    if (nd2 <= 4) return clip01(1 - kolmogorovCdfPomeranz(n, d));
    return clip01(2 * smirnovSf(n, d));
  }
  if (nd2 >= 370) return 0;
  if (nd2 >= 2.2) return clip01(2 * smirnovSf(n, d));
  let cdf: number;
  if (nd2 >= 18) cdf = 1;
  else if (n <= 100000 && n * d ** 1.5 <= 1.4) cdf = kolmogorovCdfDurbin(n, d);
  else cdf = kolmogorovCdfPelzGood(n, d);
  return clip01(1 - cdf);
}
