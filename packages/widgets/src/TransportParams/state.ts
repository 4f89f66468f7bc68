import type { StateSpec } from '../shared/url-state';

/** URL prefix of the transport-parameter playground: `?tp.c=0&tp.peer=edge`. */
export const TRANSPORT_PARAMS_PREFIX = 'tp';

export const transportParamsSpec = {
  c: { kind: 'number', label: "Client's initial_max_streams_uni", default: 3, min: 0, max: 5, integer: true },
  s: { kind: 'number', label: "Server's initial_max_streams_uni", default: 3, min: 0, max: 5, integer: true },
  peer: { kind: 'enum', label: 'Peer behaviour', default: 'quiche', values: ['quiche', 'edge'] },
} as const satisfies StateSpec;
