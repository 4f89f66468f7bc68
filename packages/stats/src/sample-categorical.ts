import { checkSampler } from './internal/sampler-checks.ts';
import { distribution } from './internal/validate.ts';

/**
 * Draws n category indices with probabilities proportional to `weights`.
 *
 * Plain English: categorical demo data (e.g. status codes); index k appears with share
 * weights[k]/Σweights. Inverse-CDF lookup by binary search.
 *
 * Reference: L. Devroye (1986), Non-Uniform Random Variate Generation, §III.2 (inversion by search).
 * Complexity: O(K + n log K).
 *
 * @param rng - uniform [0, 1) source from {@link createRng}
 * @param n - number of draws (integer >= 0)
 * @param weights - non-negative finite weights, positive sum
 * @returns Int32Array of n indices in [0, K)
 * @throws StatsInputError INVALID_OPTION (rng, n), EMPTY_SAMPLE, NON_FINITE, NOT_A_DISTRIBUTION (weights)
 * @example
 * sampleCategorical(createRng(3), 5, [0.9, 0.1]); // mostly zeros
 */
export function sampleCategorical(rng: () => number, n: number, weights: ArrayLike<number>): Int32Array {
  checkSampler('sampleCategorical', rng, n);
  const w = distribution(weights, 'sampleCategorical', 'weights');
  const cum = new Float64Array(w.length);
  let total = 0;
  for (let k = 0; k < w.length; k++) {
    total += w[k] as number;
    cum[k] = total;
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng() * total;
    let lo = 0;
    let hi = w.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cum[mid] as number) > u) hi = mid;
      else lo = mid + 1;
    }
    while (lo > 0 && w[lo] === 0) lo--;
    out[i] = lo;
  }
  return out;
}
