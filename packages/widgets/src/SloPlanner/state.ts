import type { StateSpec } from '../shared/url-state';

/** URL params of the SLO planner, prefixed `slo.` (e.g. `slo.target=99.95`). */
export const SLO_PREFIX = 'slo';
/** The compressed journeys param (outside the scalar spec: it is a list). */
export const JOURNEYS_PARAM = 'slo.j';

const minutes = (label: string, value: number) =>
  ({ kind: 'number', label, default: value, min: 1, max: 43_200, integer: true }) as const;
/** A burn rate; 0 (the default) means the Workbook's rate scaled to the SLO window (`workbookBurnRate`). */
const burn = (label: string) => ({ kind: 'number', label, default: 0, min: 0, max: 1000 }) as const;

/** Every scalar the planner keeps in the URL, with its default and bounds. */
export const sloSpec = {
  target: { kind: 'number', label: 'SLO target (%)', default: 99.9, min: 90, max: 99.999 },
  window: { kind: 'enum', label: 'SLO window', default: '30', values: ['7', '28', '30'] },
  sli: { kind: 'enum', label: 'SLI type', default: 'availability', values: ['availability', 'latency'] },
  rps: { kind: 'number', label: 'Traffic (requests/s)', default: 100, min: 0, max: 1_000_000 },
  latencyMs: { kind: 'number', label: 'Latency threshold (ms)', default: 300, min: 1, max: 60_000, integer: true },
  a1l: minutes('Alert 1 long window', 60),
  a1s: minutes('Alert 1 short window', 5),
  a1b: burn('Alert 1 burn rate'),
  a2l: minutes('Alert 2 long window', 360),
  a2s: minutes('Alert 2 short window', 30),
  a2b: burn('Alert 2 burn rate'),
  a3l: minutes('Alert 3 long window', 4320),
  a3s: minutes('Alert 3 short window', 360),
  a3b: burn('Alert 3 burn rate'),
  err: { kind: 'number', label: 'Incident error rate (%)', default: 5, min: 0, max: 100 },
  base: { kind: 'number', label: 'Baseline error rate (%)', default: 0.02, min: 0, max: 100 },
  start: { kind: 'number', label: 'Incident start (hours)', default: 240, min: 0, max: 720 },
  dur: { kind: 'number', label: 'Incident duration (minutes)', default: 60, min: 0, max: 43_200 },
} as const satisfies StateSpec;
