import { describe, expect, it } from 'vitest';
import { decodeStreamId, lowBitsBinary, ordinal } from '../../src/StreamIdDecoder/model';

describe('decodeStreamId', () => {
  // Reference: RFC 9000 §2.1, Table 1 (0x00 client-bidi, 0x01 server-bidi, 0x02 client-uni, 0x03 server-uni).
  it.each([
    [0n, 'client', 'bidirectional', 0n, "the client's 1st bidirectional stream"],
    [2n, 'client', 'unidirectional', 0n, "the client's 1st unidirectional stream"],
    [3n, 'server', 'unidirectional', 0n, "the server's 1st unidirectional stream"],
    [7n, 'server', 'unidirectional', 1n, "the server's 2nd unidirectional stream"],
    [14n, 'client', 'unidirectional', 3n, "the client's 4th unidirectional stream"],
    [5n, 'server', 'bidirectional', 1n, "the server's 2nd bidirectional stream"],
    [44n, 'client', 'bidirectional', 11n, "the client's 12th bidirectional stream"],
  ])('%s → %s %s, sequence %s', (id, initiator, direction, sequence, summary) => {
    expect(decodeStreamId(id)).toMatchObject({ initiator, direction, sequence, summary });
  });

  it('keeps full precision for the largest ID (2^62 − 1)', () => {
    const d = decodeStreamId((1n << 62n) - 1n);
    expect(d.lowBits).toBe(3);
    expect(d.sequence).toBe((1n << 60n) - 1n);
    expect(d.summary).toBe("the server's 1152921504606846976th unidirectional stream");
  });

  it('writes ordinals and low bits the English way', () => {
    expect([1n, 2n, 3n, 4n, 11n, 12n, 13n, 21n, 22n, 23n, 111n].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '111th',
    ]);
    expect([0, 1, 2, 3].map((b) => lowBitsBinary(b as 0 | 1 | 2 | 3))).toEqual(['00', '01', '10', '11']);
  });
});
