import type { PacketRow, RowKind, Side } from './ladder-types';

/** Which qlog packet events to show. */
export type EventFilter = 'all' | RowKind;
/** Which direction to show. */
export type DirectionFilter = 'both' | Side;

export interface RowFilter {
  event: EventFilter;
  direction: DirectionFilter;
  /** Frame type that must be present ("" = any). */
  frame: string;
  /** Only rows with a highlight (handshake done, close, retransmission, loss). */
  marked: boolean;
}

/** True when a row carries one of the highlights. */
export function isMarked(row: PacketRow): boolean {
  return row.handshakeDone || row.close !== null || row.retransmission || row.kind === 'packet_lost';
}

function matchesEvent(row: PacketRow, event: EventFilter): boolean {
  if (event === 'all') return true;
  // With two traces a sent row whose arrival was logged is also a packet_received event.
  if (event === 'packet_received') return row.kind === 'packet_received' || row.arrival !== null;
  return row.kind === event;
}

/** The rows that pass every filter, in ladder order. */
export function filterRows(rows: readonly PacketRow[], filter: RowFilter): PacketRow[] {
  return rows.filter(
    (row) =>
      matchesEvent(row, filter.event) &&
      (filter.direction === 'both' || row.from === filter.direction) &&
      (filter.frame === '' || row.frames.some((f) => f.type === filter.frame)) &&
      (!filter.marked || isMarked(row)),
  );
}

/** Frame types present in the rows, sorted, for the frame filter's options. */
export function frameTypes(rows: readonly PacketRow[]): string[] {
  const types = new Set<string>();
  for (const row of rows) for (const f of row.frames) types.add(f.type);
  return [...types].sort();
}
