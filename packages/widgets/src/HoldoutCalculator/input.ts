/** From typed text to the calculator's state and back, and the state to the model's inputs. Pure. */
import { formatNumber } from '../shared/format';
import type { HoldoutInputs } from './model';
import { type HoldoutNumberKey, type HoldoutState, holdoutSpec } from './state';

/** Shares typed in as percentages (the state keeps fractions). */
const PERCENT_KEYS: ReadonlySet<HoldoutNumberKey> = new Set([
  'fraud',
  'recall',
  'precision',
  'holdout',
  'margin',
  'drop',
]);

/** Whether the field for `name` is typed in percent. */
export function isPercentKey(name: HoldoutNumberKey): boolean {
  return PERCENT_KEYS.has(name);
}

/** Factor from the state's value to the typed one: 100 for percentages, else 1. */
export function displayScale(name: HoldoutNumberKey): number {
  return isPercentKey(name) ? 100 : 1;
}

/** The number shown in the field: the state value in display units, to 6 significant digits. */
export function displayValue(name: HoldoutNumberKey, value: number): number {
  return Number((value * displayScale(name)).toPrecision(6));
}

/** The field's arrow-key step: any for percentages, 1000 transactions, else 1. */
export function displayStep(name: HoldoutNumberKey): number | 'any' {
  if (isPercentKey(name)) return 'any';
  return name === 'traffic' ? 1000 : 1;
}

/** What typing `raw` into a field does: the value to store (none when it is not a number) and a notice. */
export interface TypedValue {
  /** Value for the state (fraction, rounded and clamped); absent when the text is not a number. */
  value?: number;
  /** Why the text was not used as typed; null when it was. */
  notice: string | null;
}

/**
 * Reads typed text in display units: rounds integer params, clamps to the spec's bounds and says so.
 * @example parseTypedValue('holdout', '90') // { value: 0.5, notice: 'Holdout share: 90 is outside 0.1–50, so 50 is used.' }
 */
export function parseTypedValue(name: HoldoutNumberKey, raw: string): TypedValue {
  const p = holdoutSpec[name];
  const scale = displayScale(name);
  const n = raw.trim() === '' ? Number.NaN : Number(raw) / scale;
  if (!Number.isFinite(n)) {
    return { notice: `${p.label}: "${raw.slice(0, 20)}" is not a number, so it was not changed.` };
  }
  const v = 'integer' in p && p.integer ? Math.round(n) : n;
  const clamped = Math.min(p.max, Math.max(p.min, v));
  if (clamped === v) return { value: clamped, notice: null };
  const shown = (x: number) => formatNumber(x * scale);
  return {
    value: clamped,
    notice: `${p.label}: ${shown(v)} is outside ${shown(p.min)}–${shown(p.max)}, so ${shown(clamped)} is used.`,
  };
}

/** The model's inputs from the URL state. */
export function holdoutInputs(state: HoldoutState): HoldoutInputs {
  return {
    traffic: state.traffic,
    fraudRate: state.fraud,
    recall: state.recall,
    precision: state.precision,
    holdout: state.holdout,
    design: state.design,
    costPerMiss: state.cost,
    margin: state.margin,
    drop: state.drop,
    power: Number(state.power),
  };
}

/** Days as text: hours below a day, "never" when no labelled cases arrive (Infinity). */
export function daysText(d: number): string {
  if (!Number.isFinite(d)) return 'never (no labelled cases)';
  return d < 1 ? `${formatNumber(d * 24)} hours` : `${formatNumber(d)} days`;
}
