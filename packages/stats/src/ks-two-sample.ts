import { StatsInputError } from './errors.ts';
import { sortedPair } from './internal/finite-sorted.ts';
import { ksPermutationPValue } from './internal/ks-permutation.ts';
import { ksTwoSampleSorted } from './internal/ks-sorted.ts';
import { describe, integerAtLeast, oneOf } from './internal/validate.ts';
import type { SortedSample } from './sorted-sample.ts';

/** Which side(s) of F_reference − F_current the test looks at (scipy semantics). */
export type KsAlternative = 'two-sided' | 'less' | 'greater';
/** How the p-value is computed; `auto` = exact iff max(n₁, n₂) <= 10000. */
export type KsMethod = 'auto' | 'exact' | 'asymp';

/** Options of {@link ksTwoSample}. */
export interface KsOptions {
  /** Default `'two-sided'`. `'greater'`: F_ref > F_cur somewhere (reference tends to be smaller). */
  alternative?: KsAlternative;
  /** Default `'auto'`. */
  method?: KsMethod;
  /**
   * Also compute a seeded permutation p-value (valid with ties) into `permutationPValue`:
   * `{ reps?: number (default 1000), seed?: number (default 0) }`. Costs reps·O(n log n).
   */
  permutation?: { reps?: number; seed?: number };
}

/** Result of {@link ksTwoSample}. */
export interface KsResult {
  /** D in [0, 1]: largest gap between the two ECDFs on the chosen side(s). */
  statistic: number;
  /** p-value in [0, 1] under H0 (same continuous distribution). */
  pValue: number;
  /** Method actually used. */
  method: 'exact' | 'asymp';
  /** Pooled value where D is attained (scipy `statistic_location`). */
  location: number;
  /** +1 when F_ref − F_cur attains D, −1 when F_cur − F_ref does (scipy `statistic_sign`). */
  sign: 1 | -1;
  /** True when a value occurs more than once in the pooled data (p-value then conservative). */
  hasTies: boolean;
  nReference: number;
  nCurrent: number;
  warnings: string[];
  /** Present when `options.permutation` was given: (1 + #{D_perm >= D})/(1 + reps), in (0, 1]. */
  permutationPValue?: number;
}

const ALTERNATIVES: readonly KsAlternative[] = ['two-sided', 'less', 'greater'];
const METHODS: readonly KsMethod[] = ['auto', 'exact', 'asymp'];

/**
 * Two-sample Kolmogorov–Smirnov test, numerically identical to scipy.stats.ks_2samp.
 *
 * Plain English: D is the largest vertical gap between the reference and current ECDFs; the
 * p-value is the chance of a gap at least that large if both samples came from one continuous
 * distribution. Exact p-values count lattice paths (Hodges 1958; Viehmann 2021 complement form;
 * closed form for equal sizes); asymptotic two-sided p-values use the exact one-sample Kolmogorov
 * distribution at N = round(mn/(m+n)) (Simard & L'Ecuyer 2011), one-sided ones Hodges' eq. 5.3.
 *
 * Reference: scipy.stats.ks_2samp (1.17); J. L. Hodges (1958), Ark. Mat. 3; T. Viehmann (2021),
 * arXiv:2102.08037. Complexity: O(n₁ + n₂) radix sorts (none for a SortedSample) + O(n₁ + n₂) walk; exact p O(m(2Dn+1)).
 *
 * @param reference - reference sample (any units), finite numbers, or a {@link sortedSample} (used without sorting or copying)
 * @param current - current sample, same units, or a {@link sortedSample} (used without sorting or copying)
 * @param options - `alternative`, `method`, optional seeded `permutation` p-value
 * @returns statistic in [0, 1], pValue in [0, 1], where/which side D is attained, method used
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, INVALID_OPTION
 * @example
 * ksTwoSample([1, 2, 3], [4, 5, 6]); // { statistic: 1, pValue: 0.1, method: 'exact', location: 3, sign: 1, ... }
 */
export function ksTwoSample(
  reference: ArrayLike<number> | SortedSample,
  current: ArrayLike<number> | SortedSample,
  options: KsOptions = {},
): KsResult {
  const alternative = oneOf(options.alternative ?? 'two-sided', ALTERNATIVES, 'ksTwoSample', 'alternative');
  const method = oneOf(options.method ?? 'auto', METHODS, 'ksTwoSample', 'method');
  const [a, b] = sortedPair(reference, current, 'ksTwoSample');
  const result = ksTwoSampleSorted(a, b, alternative, method);
  if (options.permutation === undefined) return result;
  const reps = integerAtLeast(options.permutation.reps ?? 1000, 1, 'ksTwoSample', 'permutation.reps');
  const seed = options.permutation.seed ?? 0;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new StatsInputError('INVALID_OPTION', 'ksTwoSample', 'a finite permutation.seed', describe(seed));
  }
  return { ...result, permutationPValue: ksPermutationPValue(a, b, alternative, reps, seed).pValue };
}
