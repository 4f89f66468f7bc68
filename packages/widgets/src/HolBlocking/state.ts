import type { StateSpec } from '../shared/url-state';

/** URL prefix of the head-of-line blocking simulator: `?hol.n=8&hol.loss=2`. */
export const HOL_PREFIX = 'hol';

/** Simulated page loads per setting. */
export const HOL_TRIALS = 1000;

export const holSpec = {
  n: { kind: 'number', label: 'Streams', default: 8, min: 1, max: 32, integer: true },
  loss: { kind: 'number', label: 'Packet loss (%)', default: 2, min: 0, max: 10 },
  rtt: { kind: 'number', label: 'Round-trip time (ms)', default: 80, min: 10, max: 400, integer: true },
  bw: { kind: 'number', label: 'Bandwidth (Mbit/s)', default: 10, min: 1, max: 100, integer: true },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 50, integer: true },
} as const satisfies StateSpec;
