import type { NumberParam, StateOf, StateSpec } from '../shared/url-state';

/** URL state of the holdout calculator (prefix `ho`). Defaults: the page's "1 % of flagged let through". */
export const holdoutSpec = {
  traffic: {
    kind: 'number',
    label: 'Transactions per day',
    default: 200_000,
    min: 100,
    max: 100_000_000,
    integer: true,
  },
  fraud: { kind: 'number', label: 'Fraud rate', default: 0.005, min: 0.0001, max: 0.2 },
  recall: { kind: 'number', label: 'Model recall', default: 0.8, min: 0.05, max: 1 },
  precision: { kind: 'number', label: 'Model precision', default: 0.5, min: 0.02, max: 1 },
  holdout: { kind: 'number', label: 'Holdout share', default: 0.01, min: 0.001, max: 0.5 },
  design: { kind: 'enum', label: 'Holdout design', default: 'flagged', values: ['flagged', 'random'] },
  cost: { kind: 'number', label: 'Cost per missed fraud', default: 150, min: 0, max: 1_000_000 },
  margin: { kind: 'number', label: 'Wanted precision (±)', default: 0.05, min: 0.005, max: 0.25 },
  drop: { kind: 'number', label: 'Precision drop to detect', default: 0.1, min: 0.01, max: 0.5 },
  power: {
    kind: 'enum',
    label: 'Chance of detecting the drop (power)',
    default: '0.8',
    values: ['0.5', '0.8', '0.9', '0.95'],
  },
} as const satisfies StateSpec;

export const HOLDOUT_PREFIX = 'ho';

/** The calculator's state as read from the URL (shares as fractions, power as an enum string). */
export type HoldoutState = StateOf<typeof holdoutSpec>;

/** The state keys that hold numbers (typed into a number field). */
export type HoldoutNumberKey = {
  [K in keyof HoldoutState]: (typeof holdoutSpec)[K] extends NumberParam ? K : never;
}[keyof HoldoutState];
