import { chiSquareSf } from './chi-square-sf.ts';
import { StatsInputError } from './errors.ts';
import { distribution, sameLength } from './internal/validate.ts';

/** Options of {@link chiSquareHomogeneity}. */
export interface ChiSquareOptions {
  /** Yates' continuity correction when dof = 1 (default true, scipy chi2_contingency parity). */
  correction?: boolean;
}

/** Result of {@link chiSquareHomogeneity}; matrices are 2 rows (reference, current) × kept categories. */
export interface ChiSquareResult {
  /** Pearson χ² (Yates-corrected when dof = 1 and correction is on), >= 0. */
  statistic: number;
  /** (2 − 1)(K − 1) over kept categories. */
  dof: number;
  /** P(χ²_dof >= statistic) in [0, 1]. */
  pValue: number;
  /** √(χ²/N) from the uncorrected χ², in [0, 1]: effect size that does not grow with N. */
  cramersV: number;
  /** Expected counts R_r·C_j/N. */
  expected: number[][];
  /** Standardised Pearson residuals (O − E)/√E (uncorrected): which categories moved. */
  residuals: number[][];
  /** Original indices of the kept categories (categories zero in both samples are dropped). */
  categories: number[];
  warnings: string[];
}

/**
 * Chi-square test of homogeneity on the 2×K table of reference and current category counts
 * (scipy.stats.chi2_contingency semantics).
 *
 * Plain English: do the two samples spread over the categories in the same proportions? New or
 * vanished categories are handled (it is not a goodness-of-fit test against the reference).
 * Returns the p-value, Cramér's V and per-cell residuals. Cochran's rule is checked and warned.
 *
 * Reference: K. Pearson (1900); F. Yates (1934); scipy.stats.chi2_contingency; docs/stats-conventions.md#chi-square-homogeneity.
 * Complexity: O(K).
 *
 * @param referenceCounts - count per category (finite, >= 0, positive sum)
 * @param currentCounts - count per category, same categories and length
 * @param options - `correction`
 * @returns statistic >= 0, dof >= 0, pValue in [0, 1], cramersV in [0, 1], expected, residuals
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, NOT_A_DISTRIBUTION, LENGTH_MISMATCH, INVALID_OPTION
 * @example
 * chiSquareHomogeneity([30, 20], [25, 25]).pValue; // 0.42138… (Yates)
 */
export function chiSquareHomogeneity(
  referenceCounts: ArrayLike<number>,
  currentCounts: ArrayLike<number>,
  options: ChiSquareOptions = {},
): ChiSquareResult {
  const correction = options.correction ?? true;
  if (typeof correction !== 'boolean') {
    throw new StatsInputError(
      'INVALID_OPTION',
      'chiSquareHomogeneity',
      'correction to be a boolean',
      typeof correction,
    );
  }
  const r = distribution(referenceCounts, 'chiSquareHomogeneity', 'referenceCounts');
  const c = distribution(currentCounts, 'chiSquareHomogeneity', 'currentCounts');
  sameLength(r, c, 'chiSquareHomogeneity');
  const categories: number[] = [];
  for (let k = 0; k < r.length; k++) if ((r[k] as number) > 0 || (c[k] as number) > 0) categories.push(k);
  const rows = [categories.map((k) => r[k] as number), categories.map((k) => c[k] as number)];
  const rowSums = rows.map((row) => row.reduce((s, v) => s + v, 0));
  const total = (rowSums[0] as number) + (rowSums[1] as number);
  const colSums = categories.map((_, j) => (rows[0]?.[j] as number) + (rows[1]?.[j] as number));
  const expected = rowSums.map((rs) => colSums.map((cs) => (rs * cs) / total));
  const dof = categories.length - 1;
  const warnings: string[] = [];
  let plain = 0;
  let corrected = 0;
  let small = 0;
  const residuals = rows.map((row, i) =>
    row.map((o, j) => {
      const e = expected[i]?.[j] as number;
      const d = o - e;
      plain += (d * d) / e;
      const yd = Math.max(0, Math.abs(d) - 0.5);
      corrected += (yd * yd) / e;
      if (e < 5) small++;
      if (e < 1) warnings.push(`expected count ${e.toPrecision(3)} < 1 in category ${categories[j]}`);
      return d / Math.sqrt(e);
    }),
  );
  if (small > 0.2 * 2 * categories.length) {
    warnings.push(
      'More than 20 % of expected counts are below 5 (Cochran): merge rare categories into "other" or use a permutation test.',
    );
  }
  if (dof === 0) return { statistic: 0, dof: 0, pValue: 1, cramersV: 0, expected, residuals, categories, warnings };
  const statistic = correction && dof === 1 ? corrected : plain;
  return {
    statistic,
    dof,
    pValue: chiSquareSf(statistic, dof),
    cramersV: Math.min(1, Math.sqrt(plain / total)),
    expected,
    residuals,
    categories,
    warnings,
  };
}
