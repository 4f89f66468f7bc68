import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProtocolId } from '../../src/AltSvcParser/authority';

/** Percent-encodes every byte of a Latin-1 string the way RFC 7838 §3 allows for protocol ids. */
function percentEncode(s: string): string {
  return [...s].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
}

describe('decodeProtocolId on untrusted input (property tests)', () => {
  it('is the identity on text without "%"', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 100 }).filter((s) => !s.includes('%')),
        (s) => {
          expect(decodeProtocolId(s)).toEqual({ value: s });
        },
      ),
    );
  });

  it('undoes percent-encoding of any Latin-1 id, in either hex case', () => {
    const latin1 = fc
      .array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 })
      .map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(latin1, fc.boolean(), (s, upper) => {
        const encoded = upper ? percentEncode(s).toUpperCase() : percentEncode(s);
        expect(decodeProtocolId(encoded)).toEqual({ value: s });
      }),
    );
  });

  it('never throws; a bad escape is reported at a "%" inside the text', () => {
    const chars = fc.constantFrom('%', '2', 'F', 'g', 'h', '3', ' ', 'z', '0');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(chars, { maxLength: 60 }).map((a) => a.join('')),
        ),
        (s) => {
          const r = decodeProtocolId(s);
          if ('badIndex' in r) {
            expect(s[r.badIndex]).toBe('%');
            expect(/^[0-9A-Fa-f]{2}$/.test(s.slice(r.badIndex + 1, r.badIndex + 3))).toBe(false);
          } else {
            expect(r.value.length).toBeLessThanOrEqual(s.length);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads 1 MB of "%" garbage in bounded time', () => {
    const started = performance.now();
    expect(decodeProtocolId('%4'.repeat(500_000))).toEqual({ badIndex: 0 });
    expect('value' in decodeProtocolId('%41'.repeat(350_000))).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
