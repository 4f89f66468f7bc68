import { isRecord } from './values';

/** A frame as the ladder shows it. */
export interface FrameSummary {
  /** Lower-case qlog frame type, e.g. "crypto", "stream", "connection_close". */
  type: string;
  /** Short human-readable text, e.g. "STREAM 2 @0+19 FIN". */
  text: string;
}

/** CONNECTION_CLOSE details. */
export interface CloseInfo {
  /** "transport" or "application" error space. */
  space: string;
  /** Numeric error code, or null when the log gives none (or a name only). */
  code: number | null;
  /** Error name or text code when the log gives one (e.g. "no_error"). */
  codeName: string;
  reason: string;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 200) : '';
}

/** "0xff (255)" for a code; "—" when absent. */
export function formatErrorCode(close: CloseInfo): string {
  if (close.code !== null) return `0x${close.code.toString(16)} (${close.code})`;
  return close.codeName || '—';
}

/** Reads CONNECTION_CLOSE fields from qlog 0.3 (`error_space`, `error_code`) and 0.4 (`error_space`, `error_code`/`raw_error_code`). */
export function closeInfo(frame: Record<string, unknown>): CloseInfo {
  const space = str(frame.error_space) || 'transport';
  const code = num(frame.error_code) ?? num(frame.raw_error_code);
  return {
    space: space.startsWith('app') ? 'application' : 'transport',
    code,
    codeName: code === null ? str(frame.error_code) : '',
    reason: str(frame.reason),
  };
}

function rangeText(ranges: unknown): string {
  if (!Array.isArray(ranges)) return '';
  return ranges
    .slice(0, 4)
    .map((r) => (Array.isArray(r) ? (r.length > 1 && r[0] !== r[1] ? `${r[0]}–${r[1]}` : String(r[0])) : ''))
    .filter(Boolean)
    .join(', ');
}

/** One-line description of a frame (never throws on odd input). */
export function describeFrame(raw: unknown): FrameSummary {
  if (!isRecord(raw)) return { type: 'unknown', text: 'UNKNOWN' };
  const type = str(raw.frame_type).toLowerCase() || 'unknown';
  const upper = type.toUpperCase();
  const offset = num(raw.offset);
  const length = num(raw.length);
  const span = offset !== null ? ` @${offset}${length !== null ? `+${length}` : ''}` : '';
  switch (type) {
    case 'crypto':
      return { type, text: `CRYPTO${span}` };
    case 'stream':
      return { type, text: `STREAM ${num(raw.stream_id) ?? '?'}${span}${raw.fin === true ? ' FIN' : ''}` };
    case 'ack': {
      const ranges = rangeText(raw.acked_ranges);
      return { type, text: ranges ? `ACK ${ranges}` : 'ACK' };
    }
    case 'connection_close': {
      const close = closeInfo(raw);
      const reason = close.reason ? ` "${close.reason}"` : '';
      return { type, text: `CONNECTION_CLOSE ${close.space} ${formatErrorCode(close)}${reason}` };
    }
    default:
      return { type, text: upper };
  }
}

/** Retransmission keys of a frame: the data it carries (crypto/stream offset), or none. */
export function dataKey(raw: unknown, space: string): string | null {
  if (!isRecord(raw)) return null;
  const offset = num(raw.offset);
  const length = num(raw.length) ?? 0;
  if (offset === null || (length === 0 && raw.fin !== true)) return null;
  if (raw.frame_type === 'crypto') return `${space}:crypto:${offset}`;
  if (raw.frame_type === 'stream') return `stream:${num(raw.stream_id)}:${offset}`;
  return null;
}
