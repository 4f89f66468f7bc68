import type { StateOf, StateSpec } from '../shared/url-state';
import { INCIDENT_IDS } from './config';

/** URL state of the silent-failure simulator (prefix `sfs`). */
export const simSpec = {
  incident: { kind: 'enum', label: 'Incident', default: 'input-unit', values: INCIDENT_IDS },
  start: { kind: 'number', label: 'Incident starts at hour', default: 24, min: 1, max: 47, integer: true },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 0, max: 999_999, integer: true },
} as const satisfies StateSpec;

export const SIM_PREFIX = 'sfs';

/** The simulator's state as read from the URL. */
export type SimState = StateOf<typeof simSpec>;
