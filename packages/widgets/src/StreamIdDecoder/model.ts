/** Pure decoding of QUIC stream IDs (RFC 9000 §2.1): initiator, direction and sequence number. */

/** Who opened the stream. */
export type Initiator = 'client' | 'server';
/** Whether both endpoints may send on the stream. */
export type Direction = 'bidirectional' | 'unidirectional';

/** Everything the two low bits and the rest of a stream ID say. */
export interface StreamIdInfo {
  id: bigint;
  /** `id & 0b11`: 0 client-bidi, 1 server-bidi, 2 client-uni, 3 server-uni. */
  lowBits: 0 | 1 | 2 | 3;
  initiator: Initiator;
  direction: Direction;
  /** `id >> 2`: how many streams of the same type were opened before this one. */
  sequence: bigint;
  /** Plain-English summary, e.g. "the server's 2nd unidirectional stream". */
  summary: string;
}

/** English ordinal of a positive integer: 1n → "1st", 12n → "12th", 23n → "23rd". */
export function ordinal(n: bigint): string {
  const lastTwo = n % 100n;
  const last = n % 10n;
  const suffix =
    lastTwo >= 11n && lastTwo <= 13n ? 'th' : last === 1n ? 'st' : last === 2n ? 'nd' : last === 3n ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/**
 * Decodes a stream ID. Bit 0 is the initiator (0 client, 1 server), bit 1 the direction
 * (0 bidirectional, 1 unidirectional); the remaining bits count streams of that type.
 *
 * @param id - a stream ID, 0 ≤ id ≤ 2^62 − 1 (validated by `parseQuicInteger`)
 * @example
 * decodeStreamId(7n).summary; // "the server's 2nd unidirectional stream"
 */
export function decodeStreamId(id: bigint): StreamIdInfo {
  const lowBits = Number(id & 3n) as 0 | 1 | 2 | 3;
  const initiator: Initiator = (lowBits & 1) === 0 ? 'client' : 'server';
  const direction: Direction = (lowBits & 2) === 0 ? 'bidirectional' : 'unidirectional';
  const sequence = id >> 2n;
  return {
    id,
    lowBits,
    initiator,
    direction,
    sequence,
    summary: `the ${initiator}'s ${ordinal(sequence + 1n)} ${direction} stream`,
  };
}

/** Two-digit binary of the low bits, e.g. 3 → "11". */
export function lowBitsBinary(lowBits: 0 | 1 | 2 | 3): string {
  return lowBits.toString(2).padStart(2, '0');
}
