import type { StateSpec } from '../shared/url-state';

/** URL prefix of the roast board's scalar params (`rb.mode=session`); the board is `rb.board`. */
export const RB_PREFIX = 'rb';

/** Scalar state of the roast board. */
export const rbSpec = {
  mode: { kind: 'enum', label: 'Mode', default: 'board', values: ['board', 'session'] },
  minutes: { kind: 'number', label: 'Minutes per element', default: 5, min: 1, max: 60, integer: true },
} as const satisfies StateSpec;
