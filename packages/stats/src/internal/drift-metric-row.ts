import type { DriftMetric, DriftMetricId, DriftThreshold, ThresholdMode } from '../drift-report-types.ts';
import { type ThresholdContext, thresholdFor, verdictOf } from './drift-thresholds.ts';

const LABELS: Record<DriftMetricId, [string, boolean]> = {
  ks: ['Kolmogorov–Smirnov p-value', false],
  wasserstein: ['Wasserstein-1 (d1), normed by reference std', true],
  psi: ['Population Stability Index', true],
  jensenShannon: ['Jensen–Shannon distance (base 2)', true],
  medianShift: ['Median shift (reference IQRs)', true],
  emptyShare: ['Empty-output share (z-test p-value)', false],
};

/** Builds one metric row: either a value with threshold and verdict, or an insufficient marker. */
export function metricRow(
  id: DriftMetricId,
  value: number | string,
  mode: ThresholdMode,
  ctx: ThresholdContext,
  overrides: Partial<Record<DriftMetricId, { warn: number; alert: number }>>,
  warnings: string[] = [],
): DriftMetric {
  const [label, higher] = LABELS[id];
  const direction = higher ? 'higher-is-drift' : 'lower-is-drift';
  if (typeof value === 'string') {
    return {
      id,
      label,
      value: null,
      threshold: null,
      direction,
      verdict: null,
      status: 'insufficient',
      reason: value,
      warnings,
    };
  }
  const o = overrides[id];
  const threshold: DriftThreshold = o
    ? { warn: o.warn, alert: o.alert, basis: 'override', source: 'caller override' }
    : thresholdFor(id, mode, ctx);
  return {
    id,
    label,
    value,
    threshold,
    direction,
    verdict: verdictOf(value, threshold, higher),
    status: 'ok',
    reason: null,
    warnings,
  };
}
