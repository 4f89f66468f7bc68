import { boundedTime, type LoggedTime, type TimeFormat, timeFormatOf } from './clock';
import { normaliseData } from './packet-data';
import type { QlogEvent } from './types';
import { isRecord } from './values';

/** One event as read, before the trace's time rules turn its time into ms since the first event. */
export interface ReadEvent {
  event: QlogEvent;
  time: LoggedTime;
  /** Raw `group_id` / ODCID of the event (a string, or an index into common_fields.group_id). */
  group: unknown;
}

/** draft-00/-01 `event_fields` names for the time: which format each implies. */
const TIME_FIELDS: Record<string, TimeFormat | undefined> = {
  time: undefined,
  relative_time: 'relative',
  delta_time: 'delta',
};

/** An array event (draft-00/-01 `event_fields`) as an object with lower-case field names. */
function fromArray(values: readonly unknown[], fields: readonly string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  fields.forEach((field, i) => {
    record[field.toLowerCase()] = values[i];
  });
  return record;
}

function loggedTime(record: Record<string, unknown>): LoggedTime | null {
  for (const [field, format] of Object.entries(TIME_FIELDS)) {
    if (record[field] === undefined) continue;
    const value = boundedTime(record[field]);
    if (value === undefined) return null;
    return {
      value,
      format: format ?? timeFormatOf(record.time_format),
      reference: boundedTime(record.reference_time),
    };
  }
  return null;
}

/** Category and type in lower case, from `name` ("quic:packet_sent") or separate fields. */
function nameOf(record: Record<string, unknown>): { category: string; type: string } | null {
  if (typeof record.name === 'string') {
    const name = record.name.toLowerCase();
    const colon = name.indexOf(':');
    return colon < 0 ? { category: '', type: name } : { category: name.slice(0, colon), type: name.slice(colon + 1) };
  }
  const type = record.event ?? record.event_type ?? record.type;
  if (typeof type !== 'string') return null;
  const category = typeof record.category === 'string' ? record.category.toLowerCase() : '';
  return { category, type: type.toLowerCase() };
}

/**
 * Turns one raw event into a {@link ReadEvent}, or returns a sentence saying why it cannot.
 * Reads every layout the drafts define: objects with `name` (draft-02, 0.3, 0.4, current),
 * objects with `category` + `event`/`type`, and arrays laid out by `event_fields` (draft-00 with
 * capitalised names such as `EVENT_TYPE`, draft-01 with `event`).
 *
 * @param raw - the parsed JSON of one event
 * @param line - 1-based line where it starts (0 inside contained JSON)
 * @param eventFields - the trace's `event_fields`, when it has them
 */
export function toEvent(raw: unknown, line: number, eventFields?: readonly string[]): ReadEvent | string {
  let record: Record<string, unknown>;
  if (Array.isArray(raw) && eventFields) record = fromArray(raw, eventFields);
  else if (isRecord(raw)) record = raw;
  else if (Array.isArray(raw)) return 'an array event, but the trace has no "event_fields" to read it with';
  else return 'not a qlog event (expected a JSON object)';
  const time = loggedTime(record);
  if (!time) return 'the event has no numeric "time" (or it is out of range)';
  const name = nameOf(record);
  if (!name) return 'the event has no "name" (nor "category" and "event")';
  if (name.type === '') return 'the event has an empty "name"';
  const data = isRecord(record.data) ? normaliseData(name.type, record.data) : {};
  return {
    event: { time: 0, category: name.category.slice(0, 40), type: name.type.slice(0, 60), data, line },
    time,
    group: record.group_id ?? record.odcid ?? record.ODCID,
  };
}
