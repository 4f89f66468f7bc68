import type { StateSpec } from '../shared/url-state';

/** URL prefix of the handshake race: `?hr.rtt=100&hr.loss=2`. */
export const HANDSHAKE_RACE_PREFIX = 'hr';

/** Simulated connections per protocol. */
export const TRIALS = 4000;

export const handshakeRaceSpec = {
  rtt: { kind: 'number', label: 'Round-trip time (ms)', default: 100, min: 1, max: 600, integer: true },
  loss: { kind: 'number', label: 'Packet loss (%)', default: 2, min: 0, max: 20 },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 9999, integer: true },
  ladder: { kind: 'enum', label: 'Ladder shown', default: 'quic', values: ['tls12', 'tls13', 'quic', 'zerortt'] },
} as const satisfies StateSpec;
