import type { CleanResult, DroppedCounts } from './clean.ts';
import type { EmptyShareResult } from './empty-share.ts';
import type { KsMethod, KsResult } from './ks-two-sample.ts';
import type { PsiResult } from './psi.ts';
import type { QuantileDeltaRow } from './quantile-delta.ts';
import type { TwoProportionZTestResult } from './two-proportion-z-test.ts';
import type { Wasserstein1Result } from './wasserstein1.ts';

/** Metrics a drift panel shows, in display order. */
export type DriftMetricId = 'ks' | 'wasserstein' | 'psi' | 'jensenShannon' | 'medianShift' | 'emptyShare';

/** Traffic light of one metric against its threshold. */
export type DriftVerdict = 'ok' | 'warn' | 'alert';

/** How thresholds are set: anchors' fixed rules of thumb, or null-calibrated for the actual n, m and bins. */
export type ThresholdMode = 'fixed' | 'sample-size-aware';

/** A warn/alert pair; `direction` says which way is drift. */
export interface DriftThreshold {
  /** Value at which the verdict becomes 'warn' (inclusive). */
  warn: number;
  /** Value at which the verdict becomes 'alert' (inclusive). */
  alert: number;
  /** 'fixed' rule of thumb, 'sample-size-aware' null calibration, or 'override' from the caller. */
  basis: ThresholdMode | 'override';
  /** Where the numbers come from, in words (shown as a tooltip). */
  source: string;
}

/** One row of the drift panel. */
export interface DriftMetric {
  id: DriftMetricId;
  /** Human label, e.g. "Population Stability Index". */
  label: string;
  /** The number compared with the threshold; null when status is 'insufficient'. */
  value: number | null;
  threshold: DriftThreshold | null;
  /** 'higher-is-drift' (distances: value >= threshold) or 'lower-is-drift' (p-values: value <= threshold). */
  direction: 'higher-is-drift' | 'lower-is-drift';
  /** null when status is 'insufficient'. */
  verdict: DriftVerdict | null;
  /** 'insufficient' when a sample is too small (or degenerate) for this metric. */
  status: 'ok' | 'insufficient';
  /** Why the metric is insufficient; null otherwise. */
  reason: string | null;
  warnings: string[];
}

/** Share of empty outputs in both samples and their comparison. */
export interface DriftEmptyShare {
  reference: EmptyShareResult;
  current: EmptyShareResult;
  /** Pooled two-proportion z-test of current vs reference share (difference = current − reference). */
  test: TwoProportionZTestResult;
}

/** Histograms of both samples on one set of shared edges (numpy convention, last bin closed). */
export interface DriftHistogram {
  /** B + 1 ascending edges, data units (Sturges on the combined finite data, at most 60 bins). */
  edges: number[];
  reference: number[];
  current: number[];
}

/** Everything the Drift Lab widget renders for one reference/current pair. */
export interface DriftReport {
  /** Finite values used from each sample. */
  nReference: number;
  nCurrent: number;
  /** What {@link clean} dropped from each sample (NaN, ±Infinity, non-numbers). */
  dropped: { reference: DroppedCounts; current: DroppedCounts };
  /** Threshold mode the verdicts were computed with. */
  thresholds: ThresholdMode;
  /** One entry per {@link DriftMetricId}, in display order. */
  metrics: DriftMetric[];
  /** Worst verdict over sufficient metrics; 'insufficient' if no metric could be computed. */
  overall: DriftVerdict | 'insufficient';
  /** KS detail (statistic, pValue, method, location, sign, ties); null when insufficient. */
  ks: KsResult | null;
  /** W1 raw, normedStd, normedIqr, meanShift; null when insufficient. */
  wasserstein: Wasserstein1Result | null;
  /** Binned L1 distance Σ|p − q| on the PSI bins (the other "d1"), in [0, 2]; null when insufficient. */
  l1Binned: number | null;
  /** PSI with bins, contributions, criticalValue, band; null when insufficient. */
  psi: PsiResult | null;
  /** JS distance (base 2, in [0, 1]) and divergence (bits) on the PSI bins, raw counts (no ε). */
  jensenShannon: { distance: number; divergence: number; base: 2 } | null;
  /** Type-7 quantile deltas at p = 0.05, 0.25, 0.5, 0.75, 0.95. */
  quantiles: QuantileDeltaRow[] | null;
  /** The p = 0.5 row of `quantiles`. */
  median: QuantileDeltaRow | null;
  /** Empty-output share of both raw samples (Wilson CIs) and their z-test; null if a sample has no values. */
  emptyShare: DriftEmptyShare | null;
  /** Both samples on shared edges; null when insufficient. */
  histogram: DriftHistogram | null;
  /** Every convention that changes a number, echoed for "why does Evidently say otherwise?". */
  conventions: {
    ksMethodRequested: KsMethod;
    psiBins: number;
    psiBinning: 'reference-quantile';
    psiEpsilon: number;
    binMembership: 'left-closed [lower, upper), open outer bins';
    jsBase: 2;
    stdDdof: 0;
    stdFloor: 0.001;
    quantileType: 7;
    minSamples: number;
  };
  /** Report-level notes (dropped values); metric-level notes live in each metric's `warnings`. */
  warnings: string[];
}

/** Reference statistics computed once by fitReference and reused for every current window. */
export interface FittedReference {
  readonly kind: 'fitted-reference';
  /** Finite reference values, ascending. */
  readonly sorted: Float64Array;
  readonly cleaned: Omit<CleanResult, 'values'>;
  readonly mean: number;
  /** Population standard deviation (ddof 0). */
  readonly std: number;
  /** Type-7 interquartile range. */
  readonly iqr: number;
  /** ∫√(F(1 − F)) dt over the reference ECDF: scale of W1 under no drift. */
  readonly w1NullScale: number;
  /** w1NullScale / max(std, 0.001), computed overflow-safe: the normed W1 scale under no drift. */
  readonly w1NullRatio: number;
  readonly emptyShare: EmptyShareResult | null;
  readonly psiBins: number;
  readonly maxCategories: number;
}
