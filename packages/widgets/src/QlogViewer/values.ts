/** Small readers for untrusted JSON values (numbers that may be strings, records). */

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number from a JSON number or a decimal string ("12", "1.5"); null otherwise. */
export function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !/^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(value)) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * A non-negative safe integer from a JSON number or a decimal string: qlog drafts let 64-bit
 * values be written either way ("packet_number": "0"). Null for anything else.
 *
 * @example integerOf('42') // 42
 * @example integerOf('0x2a') // null
 */
export function integerOf(value: unknown): number | null {
  const n = typeof value === 'string' ? (/^\s*\d+\s*$/.test(value) ? Number(value) : null) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** A string cut to `max` characters, or "" for a non-string. */
export function textOf(value: unknown, max = 200): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}
