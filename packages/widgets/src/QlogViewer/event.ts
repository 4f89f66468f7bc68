import type { QlogEvent, Vantage } from './types';

/** How a trace's timestamps are written (qlog `time_format`). */
export type TimeFormat = 'relative' | 'absolute' | 'delta';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits "quic:packet_sent" / "transport:packet_sent" into category and type. */
function splitName(name: string): { category: string; type: string } {
  const colon = name.indexOf(':');
  if (colon < 0) return { category: '', type: name };
  return { category: name.slice(0, colon), type: name.slice(colon + 1) };
}

/**
 * Turns one raw event into a {@link QlogEvent}, or returns an error sentence.
 * Accepts the object form of qlog 0.3/0.4 (`{time, name, data}`), the split
 * `{time, category, event, data}` form and the array form of qlog 0.2 (`event_fields`).
 * The returned time is the raw number; {@link normaliseTimes} makes it relative.
 */
export function toEvent(raw: unknown, line: number, eventFields?: readonly string[]): QlogEvent | string {
  let record: Record<string, unknown>;
  if (Array.isArray(raw) && eventFields) {
    record = {};
    eventFields.forEach((field, i) => {
      record[field === 'relative_time' || field === 'delta_time' ? 'time' : field] = raw[i];
    });
  } else if (isRecord(raw)) {
    record = raw;
  } else {
    return 'not a qlog event (expected a JSON object)';
  }
  const time = typeof record.time === 'string' ? Number(record.time) : record.time;
  if (typeof time !== 'number' || !Number.isFinite(time)) return 'the event has no numeric "time"';
  let category = '';
  let type = '';
  if (typeof record.name === 'string') ({ category, type } = splitName(record.name));
  else if (typeof record.event === 'string') {
    category = typeof record.category === 'string' ? record.category : '';
    type = record.event;
  } else return 'the event has no "name"';
  if (type === '') return 'the event has an empty "name"';
  return { time, category, type, data: isRecord(record.data) ? record.data : {}, line };
}

/** Rewrites raw timestamps as milliseconds since the trace's first event. */
export function normaliseTimes(events: QlogEvent[], format: TimeFormat): void {
  if (events.length === 0) return;
  if (format === 'delta') {
    let total = 0;
    for (const e of events) {
      total += e.time;
      e.time = total;
    }
  }
  if (format === 'absolute' || format === 'delta') {
    let start = Number.POSITIVE_INFINITY;
    for (const e of events) start = Math.min(start, e.time);
    for (const e of events) e.time -= start;
  }
}

/** Reads the time format from a trace's `common_fields` (qlog 0.3+) or `configuration`. */
export function timeFormatOf(trace: Record<string, unknown>): TimeFormat {
  const fields = isRecord(trace.common_fields) ? trace.common_fields : {};
  const format = fields.time_format;
  if (format === 'absolute' || format === 'delta') return format;
  return 'relative';
}

/** Vantage point of a trace; falls back to "client"/"server" in the file name. */
export function vantageOf(trace: Record<string, unknown>, source: string): Vantage {
  const vp = isRecord(trace.vantage_point) ? trace.vantage_point.type : undefined;
  if (vp === 'client' || vp === 'server') return vp;
  if (/client/i.test(source)) return 'client';
  if (/server/i.test(source)) return 'server';
  return 'unknown';
}

export { isRecord };
