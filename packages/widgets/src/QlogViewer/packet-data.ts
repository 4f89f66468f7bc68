import { integerOf, isRecord } from './values';

/**
 * Brings the `data` of packet and parameter events into one shape, whatever the qlog version:
 * `header.packet_type`, `header.packet_number` (a number), `raw.length` (a number) and frames with
 * lower-case `frame_type` and numeric offsets, lengths, stream ids and error codes.
 *
 * - draft-marx-qlog-event-definitions-quic-h3-00 to -02 put `packet_type` (in the earliest
 *   editor's copies `type`) next to `header`, the size in `header.packet_size` or `raw_length`;
 *   draft-00/-01 writers put 64-bit values in decimal strings and (draft-00) capitals in names;
 * - qlog 0.3/0.4 and the current drafts put `packet_type` in `header` and the size in `raw.length`.
 */
export function normaliseData(type: string, data: Record<string, unknown>): Record<string, unknown> {
  if (type === 'packet_sent' || type === 'packet_received' || type === 'packet_lost') return normalisePacket(data);
  if (type === 'parameters_set') return withIntegers(data, PARAMETER_INTEGERS);
  return data;
}

const PARAMETER_INTEGERS = ['initial_max_streams_uni', 'initial_max_streams_bidi', 'max_idle_timeout'];
const FRAME_INTEGERS = ['offset', 'length', 'stream_id', 'raw_error_code', 'error_code', 'maximum', 'limit'];

function withIntegers(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out = { ...record };
  for (const key of keys) {
    const n = integerOf(record[key]);
    if (n !== null) out[key] = n;
  }
  return out;
}

function normalisePacket(data: Record<string, unknown>): Record<string, unknown> {
  const header = isRecord(data.header) ? data.header : {};
  const raw = isRecord(data.raw) ? data.raw : {};
  const packetType = header.packet_type ?? data.packet_type ?? data.type;
  const size =
    integerOf(raw.length) ?? integerOf(header.packet_size) ?? integerOf(data.packet_size) ?? integerOf(data.raw_length);
  const out: Record<string, unknown> = {
    ...data,
    header: {
      ...header,
      packet_type: typeof packetType === 'string' ? packetType : undefined,
      packet_number: integerOf(header.packet_number ?? data.packet_number),
    },
    raw: { ...raw, length: size },
  };
  if (Array.isArray(data.frames)) out.frames = data.frames.slice(0, 256).map(normaliseFrame);
  return out;
}

/** One frame with a lower-case type and numbers where the draft allowed decimal strings. */
export function normaliseFrame(frame: unknown): unknown {
  if (!isRecord(frame)) return frame;
  const out = withIntegers(frame, FRAME_INTEGERS);
  if (typeof frame.frame_type === 'string') out.frame_type = frame.frame_type.toLowerCase();
  if (Array.isArray(frame.acked_ranges)) {
    out.acked_ranges = frame.acked_ranges
      .slice(0, 64)
      .map((range) => (Array.isArray(range) ? range.slice(0, 2).map((v) => integerOf(v) ?? v) : range));
  }
  return out;
}
