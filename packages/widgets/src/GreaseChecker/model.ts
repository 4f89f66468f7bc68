/** Pure check for HTTP/3 reserved ("GREASE") identifiers: 0x1f · N + 0x21 (RFC 9114 §6.2.3, §7.2.8, §7.2.4.1, §8.1). */
import { MAX_QUIC_INTEGER } from '../shared/parse-quic-integer';

/** The first reserved value (N = 0). */
export const GREASE_BASE = 0x21n;
/** The step between reserved values. */
export const GREASE_STEP = 0x1fn;
/** The largest N whose reserved value still fits in a QUIC integer. */
export const MAX_GREASE_N = (MAX_QUIC_INTEGER - GREASE_BASE) / GREASE_STEP;

/** What {@link greaseCheck} finds out about one identifier. */
export interface GreaseResult {
  value: bigint;
  /** True when value = 0x1f · N + 0x21 for some N ≥ 0. */
  reserved: boolean;
  /** N when reserved, else null. */
  n: bigint | null;
  /** The nearest reserved value below `value` (null below 0x21). */
  previous: bigint | null;
  /** The nearest reserved value above `value` (null past the last one that fits in 62 bits). */
  next: bigint | null;
}

/** The reserved value for N: 0x1f · N + 0x21. */
export function greaseValue(n: bigint): bigint {
  return GREASE_STEP * n + GREASE_BASE;
}

/**
 * Tells whether an HTTP/3 stream type, frame type, setting or error code is a reserved
 * GREASE value: x ≥ 0x21 and (x − 0x21) mod 0x1f = 0.
 *
 * @param value - 0 ≤ value ≤ 2^62 − 1 (validated by `parseQuicInteger`)
 * @example
 * greaseCheck(0x40n); // { reserved: true, n: 1n, previous: 0x21n, next: 0x5fn, … }
 */
export function greaseCheck(value: bigint): GreaseResult {
  if (value < GREASE_BASE) return { value, reserved: false, n: null, previous: null, next: GREASE_BASE };
  const offset = value - GREASE_BASE;
  const below = offset / GREASE_STEP;
  const reserved = offset % GREASE_STEP === 0n;
  const previous = reserved ? (below === 0n ? null : greaseValue(below - 1n)) : greaseValue(below);
  const nextN = below + 1n;
  return {
    value,
    reserved,
    n: reserved ? below : null,
    previous,
    next: nextN <= MAX_GREASE_N ? greaseValue(nextN) : null,
  };
}

/** Lower-case hex with 0x, e.g. 64n → "0x40". */
export function toHex(value: bigint): string {
  return `0x${value.toString(16)}`;
}
