/**
 * Reading a QUIC integer (stream ID, frame type, settings identifier) typed by a person or
 * taken from a URL. Untrusted input: bounded, never throws, every failure is a sentence.
 */

/** The largest value a QUIC variable-length integer can carry: 2^62 − 1 (RFC 9000 §16). */
export const MAX_QUIC_INTEGER = (1n << 62n) - 1n;

/** Longest input looked at; anything longer is rejected before any parsing work. */
export const MAX_INPUT_LENGTH = 64;

/** Result of {@link parseQuicInteger}: the value, or a message saying what is wrong. */
export type ParsedQuicInteger = { ok: true; value: bigint } | { ok: false; error: string };

const DECIMAL = /^[0-9]+$/;
const HEX = /^0x[0-9a-f]+$/i;
const NEGATIVE = /^-\s*(0x[0-9a-f]+|[0-9]+(\.[0-9]*)?)$/i;
const FRACTION = /^[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+(\.[0-9]*)?e[+-]?[0-9]+)$/i;

function shown(raw: string): string {
  return raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
}

/**
 * Parses a non-negative integer written in decimal (`14`) or hexadecimal with `0x` (`0xe`),
 * up to 2^62 − 1, using BigInt so large values stay exact.
 *
 * @param raw - the text as typed (surrounding spaces and `_`/`,` digit separators are ignored)
 * @param what - what the number is, for messages, e.g. "A stream ID"
 * @returns the value, or `{ ok: false, error }` with a sentence naming the problem
 * @example
 * parseQuicInteger('0x1f', 'A stream ID'); // { ok: true, value: 31n }
 */
export function parseQuicInteger(raw: string, what: string): ParsedQuicInteger {
  if (raw.length > MAX_INPUT_LENGTH) {
    return {
      ok: false,
      error: `${what} is too long (${raw.length} characters): QUIC integers have at most 19 decimal digits.`,
    };
  }
  const text = raw.trim().replace(/[_,]/g, '');
  if (text === '') return { ok: false, error: `${what} is empty: type a number such as 7 or 0x7.` };
  if (NEGATIVE.test(text)) return { ok: false, error: `${what} cannot be negative (got ${shown(text)}).` };
  if (FRACTION.test(text)) return { ok: false, error: `${what} must be a whole number (got ${shown(text)}).` };
  if (!DECIMAL.test(text) && !HEX.test(text)) {
    return {
      ok: false,
      error: `${what} must be written in decimal digits (14) or hexadecimal starting with 0x (0xe); got "${shown(text)}".`,
    };
  }
  const value = BigInt(text);
  if (value > MAX_QUIC_INTEGER) {
    return {
      ok: false,
      error: `${what} is above 2^62 − 1 = ${MAX_QUIC_INTEGER}, the largest value QUIC can encode (got ${shown(text)}).`,
    };
  }
  return { ok: true, value };
}
