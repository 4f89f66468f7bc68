import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { traceGreaseValues } from '../../src/GreaseChecker/config';
import { GREASE_BASE, greaseCheck, greaseValue, MAX_GREASE_N, toHex } from '../../src/GreaseChecker/model';
import { MAX_QUIC_INTEGER } from '../../src/shared/parse-quic-integer';

describe('greaseCheck', () => {
  it('recognises the first reserved values 0x21, 0x40, 0x5f, 0x7e (RFC 9114 §7.2.8)', () => {
    expect([0x21n, 0x40n, 0x5fn, 0x7en].map((v) => greaseCheck(v).n)).toEqual([0n, 1n, 2n, 3n]);
  });

  it('refuses neighbours and values below 0x21, naming the nearest reserved values', () => {
    expect(greaseCheck(0x20n)).toEqual({ value: 0x20n, reserved: false, n: null, previous: null, next: 0x21n });
    expect(greaseCheck(0x22n)).toEqual({ value: 0x22n, reserved: false, n: null, previous: 0x21n, next: 0x40n });
    expect(greaseCheck(0x40n)).toEqual({ value: 0x40n, reserved: true, n: 1n, previous: 0x21n, next: 0x5fn });
    expect(greaseCheck(0x21n).previous).toBeNull();
    expect(greaseCheck(0n).reserved).toBe(false);
  });

  it('finds N for the values quiche sent in the traces (N computed independently with Python integer division)', () => {
    // python3: [(x - 0x21) // 0x1f for x in values], all with (x - 0x21) % 0x1f == 0
    const expected = [
      86028995647591307n,
      96780924188046004n,
      143095297019152432n,
      79315029103023271n,
      62637974477388727n,
      18246158037809217n,
      111409827762734243n,
      3397909892029060n,
    ];
    expect(traceGreaseValues.map((t) => greaseCheck(t.value).n)).toEqual(expected);
  });

  it('has no reserved value above the last one that fits in 62 bits', () => {
    const last = greaseValue(MAX_GREASE_N);
    expect(last <= MAX_QUIC_INTEGER && last + 0x1fn > MAX_QUIC_INTEGER).toBe(true);
    expect(greaseCheck(last).next).toBeNull();
    expect(greaseCheck(MAX_QUIC_INTEGER).next).toBeNull();
  });

  it('agrees with the definition for any value (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX_QUIC_INTEGER }), (x) => {
        const r = greaseCheck(x);
        expect(r.reserved).toBe(x >= GREASE_BASE && (x - 0x21n) % 0x1fn === 0n);
        if (r.n !== null) expect(greaseValue(r.n)).toBe(x);
        if (r.previous !== null) expect(r.previous < x && greaseCheck(r.previous).reserved).toBe(true);
        if (r.next !== null) expect(r.next > x && r.next - x <= (x < GREASE_BASE ? GREASE_BASE : 0x1fn)).toBe(true);
      }),
    );
  });

  it('prints hex in lower case', () => {
    expect(toHex(0x5fn)).toBe('0x5f');
  });
});
