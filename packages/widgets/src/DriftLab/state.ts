import type { DriftMetricId } from '@confnotes/stats';
import type { StateSpec } from '../shared/url-state';
import type { ThresholdOverrides } from './analysis';
import { MAX_N, MIN_N, PRESET_IDS, PRESETS } from './config';

const start = PRESETS['input-shift'];

/** URL state of the Drift Lab (prefix `dl`). Defaults = the "input data change" preset. */
export const driftLabSpec = {
  preset: { kind: 'enum', label: 'Scenario', default: 'input-shift', values: PRESET_IDS },
  shift: { kind: 'number', label: 'Shift', default: start.shift, min: -3, max: 3 },
  spread: { kind: 'number', label: 'Spread', default: start.spread, min: 0.25, max: 4 },
  empty: { kind: 'number', label: 'Share of empty outputs', default: start.empty, min: 0, max: 0.95 },
  affected: { kind: 'number', label: 'Share of rows affected', default: start.affected, min: 0, max: 1 },
  nref: { kind: 'number', label: 'Reference size', default: 5000, min: MIN_N, max: MAX_N, integer: true },
  ncur: { kind: 'number', label: 'Current size', default: 1000, min: MIN_N, max: MAX_N, integer: true },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 0, max: 999_999, integer: true },
  thr: { kind: 'enum', label: 'Thresholds', default: 'fixed', values: ['fixed', 'sample-size-aware'] },
  t: { kind: 'string', label: 'Edited thresholds', default: '', maxLength: 180, pattern: /^[a-z0-9._*+-]*$/i },
  view: { kind: 'enum', label: 'Mode', default: 'compare', values: ['compare', 'false-alarms'] },
  k: { kind: 'number', label: 'Windows', default: 100, min: 10, max: 500, integer: true },
} as const satisfies StateSpec;

export const DRIFT_LAB_PREFIX = 'dl';

/** Short URL keys of the metrics whose thresholds can be edited. */
export const METRIC_KEYS: Readonly<Record<DriftMetricId, string>> = {
  ks: 'ks',
  wasserstein: 'w1',
  psi: 'psi',
  jensenShannon: 'js',
  medianShift: 'med',
  emptyShare: 'empty',
};

const ID_OF = new Map(Object.entries(METRIC_KEYS).map(([id, key]) => [key, id as DriftMetricId]));

/** Overrides → `psi*0.1*0.25_ks*0.15*0.05` (key*warn*alert, underscore-separated). */
export function encodeOverrides(o: ThresholdOverrides): string {
  const parts: string[] = [];
  for (const [id, key] of Object.entries(METRIC_KEYS)) {
    const t = o[id as DriftMetricId];
    if (t) parts.push(`${key}*${t.warn}*${t.alert}`);
  }
  return parts.join('_');
}

/** The inverse of {@link encodeOverrides}; unreadable parts are dropped with a notice. Never throws. */
export function decodeOverrides(code: string): { overrides: ThresholdOverrides; notices: string[] } {
  const overrides: ThresholdOverrides = {};
  const notices: string[] = [];
  if (code === '') return { overrides, notices };
  for (const part of code.split('_').slice(0, 6)) {
    const [key = '', warnText = '', alertText = ''] = part.split('*');
    const id = ID_OF.get(key);
    const warn = Number(warnText);
    const alert = Number(alertText);
    if (
      !id ||
      warnText === '' ||
      alertText === '' ||
      !Number.isFinite(warn) ||
      !Number.isFinite(alert) ||
      warn < 0 ||
      alert < 0
    ) {
      notices.push(`Edited thresholds: "${part.slice(0, 30)}" is not a valid threshold, so the default is used.`);
      continue;
    }
    overrides[id] = { warn, alert };
  }
  return { overrides, notices };
}
