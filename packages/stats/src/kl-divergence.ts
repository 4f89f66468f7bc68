import { StatsInputError } from './errors.ts';
import { normaliseInPlace, pairedShares } from './internal/shares.ts';
import { describe, openUnitInterval } from './internal/validate.ts';

/** Options of {@link klDivergence}. */
export interface KlDivergenceOptions {
  /** Logarithm base, > 1 (default Math.E → nats, scipy.stats.entropy's default; 2 → bits). */
  base?: number;
  /**
   * Share floor in (0, 1), off by default. When given, both normalised share vectors are floored
   * at epsilon and renormalised (= scipy.stats.entropy(max(p̂, ε), max(q̂, ε))), so the result is
   * finite; PSI's default floor is 1e-4.
   */
  epsilon?: number;
}

/**
 * Kullback–Leibler divergence KL(p‖q) = Σ p_k·log(p_k/q_k) of two discrete distributions
 * (scipy.stats.entropy(p, q) = Σ scipy.special.rel_entr(p̂, q̂)).
 *
 * Plain English: the extra surprise, per observation, of describing data drawn from p with a
 * model fitted to q. 0 for identical shares, unbounded above and **not symmetric**: as
 * klDivergence(reference, current) it is Evidently's `kl_div` direction; PSI is the sum of both
 * directions. Terms with p_k = 0 count 0 (0·log 0 = 0); a bin with p_k > 0 and q_k = 0 makes
 * the divergence **Infinity** (returned, never NaN) unless an `epsilon` floor is given.
 * Inputs are normalised, so raw counts work.
 *
 * Reference: S. Kullback, R. A. Leibler (1951), Ann. Math. Stat. 22(1); T. M. Cover, J. A. Thomas
 * (2006), Elements of Information Theory, §2.3; scipy.special.rel_entr. Complexity: O(K).
 *
 * @param p - counts or probabilities per bin/category (finite, >= 0, positive sum)
 * @param q - same bins, same length
 * @param options - `base` of the logarithm (> 1), `epsilon` share floor in (0, 1)
 * @returns divergence in [0, ∞] in units of log base (nats by default); Infinity only without epsilon
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, NOT_A_DISTRIBUTION (negative entries or zero sum),
 *   LENGTH_MISMATCH, INVALID_OPTION (base, epsilon)
 * @example
 * klDivergence([10, 20, 30], [30, 20, 10]); // 0.36620409622270…
 * klDivergence([1, 0], [0, 1]); // Infinity
 */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>, options: KlDivergenceOptions = {}): number {
  const base = options.base ?? Math.E;
  if (!(typeof base === 'number' && Number.isFinite(base) && base > 1)) {
    throw new StatsInputError('INVALID_OPTION', 'klDivergence', 'base > 1', describe(base));
  }
  const epsilon = options.epsilon === undefined ? 0 : openUnitInterval(options.epsilon, 'klDivergence', 'epsilon');
  const { a, b } = pairedShares(p, q, 'klDivergence');
  if (epsilon > 0) {
    for (let k = 0; k < a.length; k++) {
      a[k] = Math.max(a[k] as number, epsilon);
      b[k] = Math.max(b[k] as number, epsilon);
    }
    normaliseInPlace(a);
    normaliseInPlace(b);
  }
  let sum = 0;
  for (let k = 0; k < a.length; k++) {
    const pk = a[k] as number;
    const qk = b[k] as number;
    if (pk === 0) continue;
    if (qk === 0) return Number.POSITIVE_INFINITY;
    const ratio = pk / qk;
    // log(pk) − log(qk) where the ratio over- or underflows (scipy's rel_entr would give ±inf)
    sum += pk * (ratio > 0 && Number.isFinite(ratio) ? Math.log(ratio) : Math.log(pk) - Math.log(qk));
  }
  return Math.max(0, sum) / Math.log(base);
}
