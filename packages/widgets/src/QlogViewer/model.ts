import { closeInfo, dataKey, describeFrame } from './frames';
import type { Ladder, PacketRow, RowKind, Side } from './ladder-types';
import { summarise } from './summary';
import type { QlogEvent, QlogTrace } from './types';
import { isRecord } from './values';

const peerOf = (side: Side): Side => (side === 'client' ? 'server' : 'client');

function packetSpace(packetType: string): string {
  const t = packetType.toLowerCase();
  return t === 'initial' || t === 'handshake' ? t : 'application';
}

function headerOf(event: QlogEvent): Record<string, unknown> {
  return isRecord(event.data.header) ? event.data.header : {};
}

type RowDraft = Omit<PacketRow, 'id' | 'retransmission'> & { dataKeys: string[] };

function toRow(event: QlogEvent, from: Side): RowDraft {
  const header = headerOf(event);
  const raw = isRecord(event.data.raw) ? event.data.raw : {};
  const frames = Array.isArray(event.data.frames) ? event.data.frames : [];
  const summaries = frames.slice(0, 64).map(describeFrame);
  const closeFrame = frames.find((f) => isRecord(f) && f.frame_type === 'connection_close');
  const size = raw.length ?? header.packet_size ?? event.data.packet_size;
  const packetType = typeof header.packet_type === 'string' ? header.packet_type.slice(0, 24) : 'unknown';
  const space = packetSpace(packetType);
  return {
    time: event.time,
    arrival: null,
    from,
    kind: event.type as RowKind,
    packetType,
    packetNumber: typeof header.packet_number === 'number' ? header.packet_number : null,
    size: typeof size === 'number' && Number.isFinite(size) ? size : null,
    frames: summaries,
    handshakeDone: summaries.some((f) => f.type === 'handshake_done'),
    close: isRecord(closeFrame) ? closeInfo(closeFrame) : null,
    dataKeys: frames.map((f) => dataKey(f, space)).filter((k): k is string => k !== null),
  };
}

const isPacketEvent = (e: QlogEvent) =>
  e.type === 'packet_sent' || e.type === 'packet_received' || e.type === 'packet_lost';

function rowsOfTrace(trace: QlogTrace, side: Side, withReceived: boolean) {
  return trace.events
    .filter((e) => isPacketEvent(e) && (withReceived || e.type !== 'packet_received'))
    .map((e) => toRow(e, e.type === 'packet_received' ? peerOf(side) : side));
}

function arrivalKey(row: { from: Side; packetType: string; packetNumber: number | null }): string {
  return `${row.from}:${packetSpace(row.packetType)}:${row.packetNumber}`;
}

function maxStreamsUni(trace: QlogTrace, side: Side, into: Record<Side, number | null>) {
  for (const e of trace.events) {
    if (e.type !== 'parameters_set') continue;
    const value = e.data.initial_max_streams_uni;
    if (typeof value !== 'number') continue;
    into[e.data.owner === 'remote' ? peerOf(side) : side] = value;
  }
}

/** Picks the client and server traces: by vantage point, else the first two in order. */
export function pickSides(traces: readonly QlogTrace[]): Partial<Record<Side, QlogTrace>> {
  const out: Partial<Record<Side, QlogTrace>> = {};
  for (const t of traces) if (t.vantage !== 'unknown' && !out[t.vantage]) out[t.vantage] = t;
  for (const t of traces) {
    if (Object.values(out).includes(t)) continue;
    if (!out.client) out.client = t;
    else if (!out.server) out.server = t;
  }
  return out;
}

/**
 * Builds the client/server ladder from one or two traces. With both endpoints, each side's
 * packet_sent rows are matched to the peer's packet_received (same packet number space and
 * number) for their arrival time; with one trace, packet_received rows stand for the peer.
 * Retransmissions are packets repeating crypto or stream data (same offset) from one sender.
 */
export function buildLadder(traces: readonly QlogTrace[]): Ladder {
  const sides = pickSides(traces);
  const present = (['client', 'server'] as const).filter((s) => sides[s]);
  const inferred = present.length < 2;
  const raw = present.flatMap((side) => rowsOfTrace(sides[side] as QlogTrace, side, inferred));
  if (!inferred) {
    const arrivals = new Map<string, number>();
    for (const side of present) {
      for (const e of (sides[side] as QlogTrace).events) {
        if (e.type !== 'packet_received') continue;
        const r = toRow(e, peerOf(side));
        const key = arrivalKey(r);
        if (!arrivals.has(key)) arrivals.set(key, e.time);
      }
    }
    for (const r of raw) if (r.kind === 'packet_sent') r.arrival = arrivals.get(arrivalKey(r)) ?? null;
  }
  const ordered = raw.map((r, i) => ({ r, i })).sort((a, b) => a.r.time - b.r.time || a.i - b.i);
  const seen: Record<Side, Set<string>> = { client: new Set(), server: new Set() };
  const rows: PacketRow[] = ordered.map(({ r }, id) => {
    const { dataKeys, ...row } = r;
    const sent = seen[r.from];
    const retransmission = r.kind !== 'packet_lost' && dataKeys.some((k) => sent.has(k));
    if (r.kind !== 'packet_lost') for (const k of dataKeys) sent.add(k);
    return { ...row, id, retransmission };
  });
  const maxUni: Record<Side, number | null> = { client: null, server: null };
  let end = 0;
  for (const side of present) {
    const trace = sides[side] as QlogTrace;
    maxStreamsUni(trace, side, maxUni);
    for (const e of trace.events) end = Math.max(end, e.time);
  }
  return { rows, summary: summarise(rows, maxUni, end, inferred) };
}
