import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUIC_INTEGER, parseQuicInteger } from '../../src/shared/parse-quic-integer';

const parse = (raw: string) => parseQuicInteger(raw, 'A stream ID');

describe('parseQuicInteger', () => {
  it('reads decimal and 0x hexadecimal exactly, with spaces and separators ignored', () => {
    expect(parse('14')).toEqual({ ok: true, value: 14n });
    expect(parse(' 0xE ')).toEqual({ ok: true, value: 14n });
    expect(parse('1_000')).toEqual({ ok: true, value: 1000n });
    expect(parse('4611686018427387903')).toEqual({ ok: true, value: MAX_QUIC_INTEGER });
    expect(parse('0x3fffffffffffffff')).toEqual({ ok: true, value: MAX_QUIC_INTEGER });
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['-3', /cannot be negative/],
    ['-0x7', /cannot be negative/],
    ['1.5', /whole number/],
    ['1e3', /whole number/],
    ['.5', /whole number/],
    ['abc', /decimal digits .* 0x/],
    ['0x', /decimal digits .* 0x/],
    ['0xg1', /decimal digits .* 0x/],
    ['4611686018427387904', /above 2\^62 − 1 = 4611686018427387903/],
    ['0x4000000000000000', /above 2\^62/],
    ['9'.repeat(65), /too long \(65 characters\)/],
  ])('rejects %j with a specific message', (raw, message) => {
    const r = parse(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.error.startsWith('A stream ID')).toBe(true);
    }
  });

  it('round-trips every value in range, in decimal and in hex', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX_QUIC_INTEGER }), (v) => {
        expect(parse(v.toString())).toEqual({ ok: true, value: v });
        expect(parse(`0x${v.toString(16)}`)).toEqual({ ok: true, value: v });
      }),
    );
  });

  it('never throws on arbitrary strings and always says why it refused', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const r = parse(raw);
        if (r.ok) expect(r.value >= 0n && r.value <= MAX_QUIC_INTEGER).toBe(true);
        else expect(r.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects 1 MB of garbage at once (bounded work before any parsing)', () => {
    const garbage =
      fc.sample(fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 }), { numRuns: 1, seed: 7 })[0] ?? '';
    const big = garbage.repeat(1100);
    const r = parse(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/too long/);
  });
});
