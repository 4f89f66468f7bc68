import { checkParam, checkSampler, standardNormal } from './internal/sampler-checks.ts';

/**
 * Draws n values from a lognormal distribution: exp(N(mu, sigma²)), e.g. latencies.
 *
 * Plain English: right-skewed positive demo data (median e^mu), reproducible with a seed.
 * Reference: Box–Muller normal draws, exponentiated. Complexity: O(n).
 *
 * @param rng - uniform [0, 1) source from {@link createRng}
 * @param n - number of draws (integer >= 0)
 * @param mu - mean of the log (log data units, default 0)
 * @param sigma - sd of the log (default 1, > 0)
 * @returns Float64Array of n positive values
 * @throws StatsInputError INVALID_OPTION (rng, n, sigma <= 0), NON_FINITE
 * @example
 * sampleLognormal(createRng(1), 1000, Math.log(120), 0.4); // latencies around 120 ms
 */
export function sampleLognormal(rng: () => number, n: number, mu = 0, sigma = 1): Float64Array {
  checkSampler('sampleLognormal', rng, n);
  const m = checkParam('sampleLognormal', 'mu', mu, false);
  const s = checkParam('sampleLognormal', 'sigma', sigma, true);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.exp(m + s * standardNormal(rng));
  return out;
}
