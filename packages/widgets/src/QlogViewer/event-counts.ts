import type { QlogTrace } from './types';

/** How many events of one type the traces hold. */
export interface EventCount {
  /** "category:type", e.g. "recovery:metrics_updated". */
  name: string;
  /** Per vantage point: client, server, unknown. */
  client: number;
  server: number;
  unknown: number;
}

/** Counts every event type in the traces (packets and everything else), most frequent first. */
export function eventCounts(traces: readonly QlogTrace[]): EventCount[] {
  const counts = new Map<string, EventCount>();
  for (const trace of traces) {
    for (const e of trace.events) {
      const name = e.category ? `${e.category}:${e.type}` : e.type;
      let row = counts.get(name);
      if (!row) {
        row = { name, client: 0, server: 0, unknown: 0 };
        counts.set(name, row);
      }
      row[trace.vantage]++;
    }
  }
  const total = (r: EventCount) => r.client + r.server + r.unknown;
  return [...counts.values()].sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name));
}
