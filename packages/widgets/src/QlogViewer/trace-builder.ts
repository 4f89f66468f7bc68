import { resolveTimes, traceClock } from './clock';
import type { ReadEvent } from './event';
import type { QlogEvent, QlogTrace } from './types';
import { isRecord } from './values';
import { vantageOf } from './vantage';
import type { QlogVersion } from './version';

/** Where a trace came from, for titles and messages. */
export interface TraceOrigin {
  source: string;
  version: QlogVersion;
  /** Title when the trace has none. */
  fallbackTitle: string;
}

/** `event_fields` of a draft-00/-01 trace, lower-cased; undefined when absent. */
export function eventFieldsOf(trace: Record<string, unknown>): string[] | undefined {
  return Array.isArray(trace.event_fields)
    ? trace.event_fields.slice(0, 32).map((f) => String(f).toLowerCase())
    : undefined;
}

/** The trace's connection ids from common_fields: draft-01 lists `group_id` as an array that events index into. */
function commonGroups(trace: Record<string, unknown>): { list: string[]; single: string | null } {
  const common = isRecord(trace.common_fields) ? trace.common_fields : {};
  const raw = common.group_id ?? common.group_ids ?? common.odcid ?? common.ODCID;
  const list = Array.isArray(raw) ? raw.slice(0, 10_000).map(String) : [];
  const single =
    typeof raw === 'string' || typeof raw === 'number' ? String(raw) : list.length === 1 ? (list[0] ?? null) : null;
  return { list, single };
}

function groupKey(raw: unknown, groups: { list: string[]; single: string | null }): string | null {
  if (typeof raw === 'number' && groups.list.length > 0) return groups.list[raw] ?? String(raw);
  if (typeof raw === 'string' || typeof raw === 'number') return String(raw).slice(0, 200);
  return groups.single;
}

/**
 * Turns one raw trace and its read events into viewer traces: applies the trace's time rules,
 * finds its vantage, and splits it when its events belong to several connections (`group_id` /
 * ODCID), so a file with two connections is never drawn as one.
 *
 * @returns the traces (one per connection) and sentences about what was off
 */
export function buildTraces(
  trace: Record<string, unknown>,
  read: readonly ReadEvent[],
  origin: TraceOrigin,
): { traces: QlogTrace[]; problems: string[] } {
  const { clock, problems } = traceClock(trace, origin.version);
  const times = resolveTimes(
    read.map((r) => r.time),
    clock,
  );
  const groups = commonGroups(trace);
  const byGroup = new Map<string | null, QlogEvent[]>();
  read.forEach((r, i) => {
    const key = groupKey(r.group, groups);
    let list = byGroup.get(key);
    if (!list) {
      list = [];
      byGroup.set(key, list);
    }
    list.push({ ...r.event, time: times[i] ?? 0 });
  });
  const title =
    typeof trace.title === 'string' && trace.title.trim() ? trace.title.slice(0, 120) : origin.fallbackTitle;
  const several = byGroup.size > 1;
  const traces = [...byGroup].map(([group, events]): QlogTrace => {
    const vantage = vantageOf(trace, origin.source, events);
    return {
      source: origin.source,
      title: several ? `${title}, connection ${group ?? 'without id'}` : title,
      vantage: vantage.vantage,
      vantageHow: vantage.how,
      network: vantage.network,
      version: origin.version.label,
      group,
      events: several ? rebase(events, clock.offsetMs) : events,
    };
  });
  return { traces, problems };
}

/** After a split, each connection's times start at its own first event (plus the trace's offset) again. */
function rebase(events: QlogEvent[], offsetMs: number): QlogEvent[] {
  let start = Number.POSITIVE_INFINITY;
  for (const e of events) if (e.time < start) start = e.time;
  for (const e of events) e.time -= start - offsetMs;
  return events;
}
