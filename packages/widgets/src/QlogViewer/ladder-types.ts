import type { CloseInfo, FrameSummary } from './frames';

/** Data shapes of the ladder (the packets between client and server). */

export type Side = 'client' | 'server';
/** What the log says happened to the packet: the qlog event it comes from. */
export type RowKind = 'packet_sent' | 'packet_received' | 'packet_lost';

/** One packet on the ladder. */
export interface PacketRow {
  /** Position in {@link Ladder.rows}. */
  id: number;
  /** Milliseconds on the logging endpoint's clock. */
  time: number;
  /** With two traces: when the peer logged receiving it (peer's clock); otherwise null. */
  arrival: number | null;
  /** Sender of the packet. */
  from: Side;
  kind: RowKind;
  /** "initial", "handshake", "0RTT", "1RTT", … as logged. */
  packetType: string;
  packetNumber: number | null;
  /** Bytes on the wire when logged, else null. */
  size: number | null;
  frames: FrameSummary[];
  handshakeDone: boolean;
  close: CloseInfo | null;
  /** Carries crypto/stream data this sender had already sent (same offset). */
  retransmission: boolean;
}

export interface LadderSummary {
  packets: Record<Side, number>;
  retransmissions: number;
  lost: number;
  /** First HANDSHAKE_DONE frame: time on the clock of the trace that logged it. */
  handshakeDone: { time: number; loggedBy: Side } | null;
  close: (CloseInfo & { by: Side; time: number }) | null;
  /** Time of the last packet from each side (null: none). */
  lastFrom: Record<Side, number | null>;
  /** Time of the last event of any kind in the trace(s). */
  end: number;
  /** initial_max_streams_uni each side advertised, when logged. */
  maxStreamsUni: Record<Side, number | null>;
  /** True when only one endpoint's trace was given (the peer is inferred from packet_received). */
  inferred: boolean;
}

export interface Ladder {
  rows: PacketRow[];
  summary: LadderSummary;
}
