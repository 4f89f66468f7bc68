import { chiSquareQuantile } from '../chi-square-quantile.ts';
import type { DriftMetricId, DriftThreshold, DriftVerdict, ThresholdMode } from '../drift-report-types.ts';

/** W1/(√(1/n + 1/m)·∫√(F(1−F))) under no drift: 95 % ≈ 1.45, 99 % ≈ 1.85 (simulated; see README). */
const W1_NULL_Q95 = 1.45;
const W1_NULL_Q99 = 1.85;
/** SE of a sample median in reference-IQR units for normal data: √(π/2)/1.349 per √n. */
const MEDIAN_SE_IQR = Math.sqrt(Math.PI / 2) / 1.3489795003921634;

/** What a threshold depends on. */
export interface ThresholdContext {
  n: number;
  m: number;
  /** Number of PSI/JS bins actually used (B'). */
  bins: number;
  /** ∫√(F(1−F))dt / max(std, 0.001) of the reference. */
  w1NullRatio: number;
}

function pair(warn: number, alert: number, basis: ThresholdMode, source: string): DriftThreshold {
  return { warn, alert, basis, source };
}

/** The warn/alert thresholds of one metric in the chosen mode. */
export function thresholdFor(id: DriftMetricId, mode: ThresholdMode, ctx: ThresholdContext): DriftThreshold {
  const scale = 1 / ctx.n + 1 / ctx.m;
  const aware = mode === 'sample-size-aware';
  const dof = Math.max(1, ctx.bins - 1);
  switch (id) {
    case 'ks':
      return pair(
        0.15,
        0.05,
        mode,
        'p-value bands: alert p <= 0.05 (Evidently, alibi-detect), warn p <= 0.15 (whylogs POSSIBLE_DRIFT); p-values are null-calibrated by construction',
      );
    case 'emptyShare':
      return pair(0.15, 0.05, mode, 'two-proportion z-test p-value: alert p <= 0.05, warn p <= 0.15');
    case 'wasserstein':
      return aware
        ? pair(
            W1_NULL_Q95 * Math.sqrt(scale) * ctx.w1NullRatio,
            W1_NULL_Q99 * Math.sqrt(scale) * ctx.w1NullRatio,
            mode,
            'approx. 95 %/99 % of normed W1 under no drift: k·√(1/n + 1/m)·∫√(F(1−F))dt/std, k = 1.45/1.85',
          )
        : pair(0.05, 0.1, mode, 'Evidently: normed W1 >= 0.1 is drift; warn at half');
    case 'psi':
      return aware
        ? pair(
            scale * chiSquareQuantile(0.95, dof),
            scale * chiSquareQuantile(0.99, dof),
            mode,
            "(1/n + 1/m)·χ²_{B'−1} 95 %/99 % quantiles",
          )
        : pair(0.1, 0.25, mode, 'credit-risk rule of thumb (Siddiqi 2006): 0.1 moderate, 0.25 significant');
    case 'jensenShannon':
      return aware
        ? pair(
            Math.sqrt((scale * chiSquareQuantile(0.95, dof)) / (8 * Math.LN2)),
            Math.sqrt((scale * chiSquareQuantile(0.99, dof)) / (8 * Math.LN2)),
            mode,
            "delta method: JS divergence ≈ (1/n + 1/m)·χ²_{B'−1}/8 nats; 95 %/99 % quantiles, base 2",
          )
        : pair(0.06, 0.12, mode, "Evidently's 0.1 (base e) = 0.12 in base 2; warn at half");
    case 'medianShift':
      return aware
        ? pair(
            1.959963984540054 * MEDIAN_SE_IQR * Math.sqrt(scale),
            2.5758293035489 * MEDIAN_SE_IQR * Math.sqrt(scale),
            mode,
            'normal theory: |Δmedian|/IQR beyond 1.96/2.58 standard errors',
          )
        : pair(0.1, 0.25, mode, 'package rule of thumb: a tenth / a quarter of the reference IQR');
  }
}

/** Verdict of a value against a threshold pair. */
export function verdictOf(value: number, t: DriftThreshold, higherIsDrift: boolean): DriftVerdict {
  if (higherIsDrift) return value >= t.alert ? 'alert' : value >= t.warn ? 'warn' : 'ok';
  return value <= t.alert ? 'alert' : value <= t.warn ? 'warn' : 'ok';
}
