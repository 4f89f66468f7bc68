import { StatsInputError } from './errors.ts';
import { countSorted } from './internal/bins.ts';
import { sortedPair } from './internal/finite-sorted.ts';
import { psiBinning, psiFromCounts } from './internal/psi-core.ts';
import { describe, integerAtLeast, oneOf } from './internal/validate.ts';
import type { SortedSample } from './sorted-sample.ts';

/** How PSI bins are chosen. */
export type PsiBinning = 'reference-quantile' | 'equal-width' | 'evidently';

/** Options of {@link psi}. */
export interface PsiOptions {
  /** Number of bins B (default 10, integer >= 2). Ignored by `'evidently'` (Sturges) and categorical data. */
  bins?: number;
  /** Default `'reference-quantile'`: inner edges at reference quantiles k/B, open outer bins. */
  binning?: PsiBinning;
  /** Share floor against empty bins (default 1e-4, in (0, 1)); not used by `'evidently'`. */
  epsilon?: number;
  /** A reference with at most this many distinct values is binned one bin per value (default 20). */
  maxCategories?: number;
}

/** One PSI bin. Shares are raw (unsmoothed); the contribution uses the smoothed shares. */
export interface PsiBin {
  /** Lower edge (inclusive; −Infinity for the open first bin; the value itself for a category). */
  lower: number;
  /** Upper edge (exclusive except the last closed Evidently bin; +Infinity for the open last bin). */
  upper: number;
  refShare: number;
  curShare: number;
  /** (c − r)·ln(c/r) with smoothed shares, >= 0. */
  contribution: number;
  refCount: number;
  curCount: number;
}

/** Result of {@link psi}. */
export interface PsiResult {
  /** Σ contributions, >= 0 (dimensionless). */
  value: number;
  bins: PsiBin[];
  /** Bins with a raw zero share in either sample. */
  emptyBins: number;
  /** (B' − 1)(1/n + 1/m): PSI's mean when nothing changed. */
  expectedUnderNull: number;
  /** (1/n + 1/m)·χ²_{B'−1}.ppf(0.99): exceeded by chance only 1 % of the time. */
  criticalValue: number;
  /** Rule of thumb: < 0.1 stable, < 0.25 moderate, else significant. */
  band: 'stable' | 'moderate' | 'significant';
}

const BINNINGS: readonly PsiBinning[] = ['reference-quantile', 'equal-width', 'evidently'];

/**
 * Population Stability Index between a reference and a current sample.
 *
 * Plain English: bin both samples on the same bins and add up (c − r)·ln(c/r) over the bin
 * shares — the symmetrised Kullback–Leibler divergence. 0 means identical shares. Bins default
 * to reference deciles (comparable across windows, robust to outliers); empty shares are floored
 * at ε. The result carries per-bin contributions and the sample-size-aware null critical value
 * beside the 0.1/0.25 rule of thumb.
 *
 * Reference: docs/stats-conventions.md#psi; Yurdakul (2018), WMU dissertation 3208; Evidently `psi.py`.
 * Complexity: O(n log n) sorts + O(B log n) counting.
 *
 * @param reference - finite numbers, data units, or a {@link sortedSample} (used without sorting or copying)
 * @param current - finite numbers, same units, or a {@link sortedSample} (used without sorting or copying)
 * @param options - bins, binning, epsilon, maxCategories
 * @returns value >= 0 (dimensionless) with per-bin detail and null calibration
 * @throws StatsInputError EMPTY_SAMPLE, NON_FINITE, INVALID_OPTION (bins < 2, unknown binning, epsilon outside (0, 1))
 * @example
 * psi([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).value; // 0
 */
export function psi(
  reference: ArrayLike<number> | SortedSample,
  current: ArrayLike<number> | SortedSample,
  options: PsiOptions = {},
): PsiResult {
  const bins = options.bins ?? 10;
  if (typeof bins !== 'number' || !(bins >= 2))
    throw new StatsInputError('INVALID_OPTION', 'psi', 'bins >= 2', describe(bins));
  integerAtLeast(bins, 2, 'psi', 'bins');
  const binning = oneOf(options.binning ?? 'reference-quantile', BINNINGS, 'psi', 'binning');
  const epsilon = options.epsilon ?? 1e-4;
  if (!(typeof epsilon === 'number' && epsilon > 0 && epsilon < 1)) {
    throw new StatsInputError('INVALID_OPTION', 'psi', 'epsilon in (0, 1)', describe(epsilon));
  }
  const maxCategories = integerAtLeast(options.maxCategories ?? 20, 0, 'psi', 'maxCategories');
  const [a, b] = sortedPair(reference, current, 'psi');
  const chosen = psiBinning(a, b, bins, binning, maxCategories);
  return psiFromCounts(chosen, countSorted(a, chosen), a.length, b, epsilon, binning === 'evidently');
}
