import type { LadderSummary, PacketRow, Side } from './ladder-types';

/** Counts and key moments of a ladder: packets per side, retransmissions, handshake, close, silence. */
export function summarise(
  rows: readonly PacketRow[],
  maxStreamsUni: Record<Side, number | null>,
  end: number,
  inferred: boolean,
): LadderSummary {
  const packets: Record<Side, number> = { client: 0, server: 0 };
  const lastFrom: Record<Side, number | null> = { client: null, server: null };
  let retransmissions = 0;
  let lost = 0;
  let handshakeDone: LadderSummary['handshakeDone'] = null;
  let close: LadderSummary['close'] = null;
  for (const row of rows) {
    if (row.kind === 'packet_lost') {
      lost++;
      continue;
    }
    packets[row.from]++;
    lastFrom[row.from] = Math.max(lastFrom[row.from] ?? 0, row.time);
    if (row.retransmission) retransmissions++;
    if (row.handshakeDone && !handshakeDone) {
      handshakeDone = { time: row.time, loggedBy: row.kind === 'packet_received' ? otherSide(row.from) : row.from };
    }
    if (row.close && !close) close = { ...row.close, by: row.from, time: row.time };
  }
  return { packets, retransmissions, lost, handshakeDone, close, lastFrom, end, maxStreamsUni, inferred };
}

function otherSide(side: Side): Side {
  return side === 'client' ? 'server' : 'client';
}

/**
 * The longest trailing silence: how long before the end of the log a side last sent (or was
 * seen sending) a packet. Null when both sides were active until the end.
 */
export function trailingSilence(summary: LadderSummary): { side: Side; ms: number } | null {
  let best: { side: Side; ms: number } | null = null;
  for (const side of ['client', 'server'] as const) {
    const last = summary.lastFrom[side];
    if (last === null) continue;
    const ms = summary.end - last;
    if (ms > 0 && (!best || ms > best.ms)) best = { side, ms };
  }
  return best;
}
