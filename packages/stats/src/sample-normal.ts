import { checkParam, checkSampler, standardNormal } from './internal/sampler-checks.ts';

/**
 * Draws n values from a normal distribution N(mean, sd²) with a seeded generator.
 *
 * Plain English: bell-shaped demo data, reproducible for a given `createRng(seed)`.
 * Reference: G. E. P. Box, M. E. Muller (1958), Ann. Math. Statist. 29(2). Complexity: O(n).
 *
 * @param rng - uniform [0, 1) source from {@link createRng}
 * @param n - number of draws (integer >= 0)
 * @param mean - location, data units (default 0)
 * @param sd - standard deviation, data units (default 1, > 0)
 * @returns Float64Array of n finite values
 * @throws StatsInputError INVALID_OPTION (rng, n, sd <= 0), NON_FINITE (mean or sd)
 * @example
 * sampleNormal(createRng(1), 3, 10, 2); // three values near 10
 */
export function sampleNormal(rng: () => number, n: number, mean = 0, sd = 1): Float64Array {
  checkSampler('sampleNormal', rng, n);
  const mu = checkParam('sampleNormal', 'mean', mean, false);
  const sigma = checkParam('sampleNormal', 'sd', sd, true);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = mu + sigma * standardNormal(rng);
  return out;
}
