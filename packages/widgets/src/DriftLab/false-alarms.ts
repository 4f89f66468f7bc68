import { type DriftMetricId, driftReport, type ThresholdMode } from '@confnotes/stats';
import { fitSample } from './analysis';
import { currentSample, referenceSample } from './samples';

export interface FalseAlarmParams {
  nReference: number;
  nCurrent: number;
  seed: number;
  /** Number of no-drift windows K. */
  windows: number;
}

/** How often one rule fired over K windows where nothing changed. */
export interface FalseAlarmRow {
  id: DriftMetricId;
  label: string;
  /** Windows with verdict 'alert' under the fixed rules of thumb / the sample-size-aware thresholds. */
  fixedAlerts: number;
  awareAlerts: number;
}

export interface FalseAlarmResult {
  windows: number;
  /** KS p-value method used in every window. */
  ksMethod: 'auto' | 'asymp';
  rows: FalseAlarmRow[];
  /** Windows in which at least one rule alerted, per threshold mode. */
  anyFixed: number;
  anyAware: number;
}

/**
 * K current windows drawn from the reference distribution itself (no drift at all), each scored
 * against one reference with both threshold modes: every alert is a false alarm.
 */
export function falseAlarmRates(p: FalseAlarmParams): FalseAlarmResult {
  const fitted = fitSample(referenceSample(p.nReference, p.seed), 0);
  const ksMethod = Math.max(p.nReference, p.nCurrent) <= 2000 ? 'auto' : 'asymp';
  const counts = new Map<DriftMetricId, FalseAlarmRow>();
  let anyFixed = 0;
  let anyAware = 0;
  for (let k = 0; k < p.windows; k++) {
    const current = currentSample({
      preset: 'no-change',
      shift: 0,
      spread: 1,
      empty: 0.02,
      affected: 0,
      nReference: p.nReference,
      nCurrent: p.nCurrent,
      seed: p.seed + 104_729 * (k + 1),
    });
    for (const mode of ['fixed', 'sample-size-aware'] as ThresholdMode[]) {
      const report = driftReport(fitted, current, { ksMethod, thresholds: mode, minSamples: 10, psiBins: 10 });
      let any = false;
      for (const m of report.metrics) {
        const row = counts.get(m.id) ?? { id: m.id, label: m.label, fixedAlerts: 0, awareAlerts: 0 };
        counts.set(m.id, row);
        if (m.verdict !== 'alert') continue;
        any = true;
        if (mode === 'fixed') row.fixedAlerts++;
        else row.awareAlerts++;
      }
      if (any && mode === 'fixed') anyFixed++;
      if (any && mode !== 'fixed') anyAware++;
    }
  }
  return { windows: p.windows, ksMethod, rows: [...counts.values()], anyFixed, anyAware };
}
