/** Facts from the follow-along repository (LPardue/sreconemea2023) and the RFCs the playground relies on. */

/** Kinds of HTTP/3 unidirectional stream each side opens, in the order quiche opened them in the traces. */
export type UniStreamKind = 'control' | 'qpack-encoder' | 'qpack-decoder' | 'grease';

export interface UniStreamDef {
  kind: UniStreamKind;
  label: string;
  /** Why the stream is (or is not) needed. */
  need: string;
}

export const uniStreams: readonly UniStreamDef[] = [
  { kind: 'control', label: 'Control stream', need: 'mandatory (RFC 9114 §6.2.1)' },
  {
    kind: 'qpack-encoder',
    label: 'QPACK encoder stream',
    need: 'counted in the 3 of RFC 9114 §6.2; RFC 9204 §4.2 lets an endpoint skip it if it never uses the dynamic table',
  },
  {
    kind: 'qpack-decoder',
    label: 'QPACK decoder stream',
    need: 'counted in the 3 of RFC 9114 §6.2; RFC 9204 §4.2 lets an endpoint skip it if its dynamic table size is 0',
  },
  {
    kind: 'grease',
    label: 'Stream of a reserved type (GREASE)',
    need: 'optional; quiche opens it when the limit leaves room',
  },
];

/** Stream IDs quiche used for these streams in scenario A (client) and (server). */
export const streamIds = { client: [2, 6, 10, 14], server: [3, 7, 11, 15] } as const;

/** What RFC 9114 §6.2 asks each side's initial_max_streams_uni to allow at least. */
export const REQUIRED_UNI_STREAMS = 3;

/** Client send times (ms after start) of its retransmissions in scenario C, read from the client qlog. */
export const edgeRetransmitTimesMs: readonly number[] = [51, 114, 238, 470, 735, 1729, 3717, 7646, 11667, 27573];

/**
 * When the edge's last packet in scenario C reached the client, ms after start: its third
 * Handshake packet, received at 18.33 ms in the client qlog (nothing from the edge follows).
 */
export const EDGE_LAST_PACKET_MS = 18.3;

/** When the scenario C trace ends, in ms (no CONNECTION_CLOSE in either direction by then). */
export const EDGE_TRACE_END_MS = 27_600;
