import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProtocolId, parseAuthority } from '../../src/AltSvcParser/authority';
import { ElementError, Scanner } from '../../src/AltSvcParser/scanner';

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

  it('reads 1 MB of "%" garbage (its speed is in bench/untrusted-input.bench.ts)', () => {
    expect(decodeProtocolId('%4'.repeat(500_000))).toEqual({ badIndex: 0 });
    expect('value' in decodeProtocolId('%41'.repeat(350_000))).toBe(true);
  });
});

/** Runs parseAuthority on `text` as if it sat in quotes at column 10 of a header. */
function authority(text: string) {
  const columns = [...text].map((_, k) => 11 + k);
  try {
    return { ok: parseAuthority(new Scanner(text, 0, text.length), text, columns, 10) };
  } catch (error) {
    if (error instanceof ElementError) return { error };
    throw error;
  }
}

describe('parseAuthority on untrusted input (property tests)', () => {
  it('reads host:port, [IPv6]:port and :port', () => {
    expect(authority(':443').ok).toEqual({ host: '', port: 443 });
    expect(authority('alt.example.com:8443').ok).toEqual({ host: 'alt.example.com', port: 8443 });
    expect(authority('[2001:db8::1]:443').ok).toEqual({ host: '[2001:db8::1]', port: 443 });
    expect(authority('h:65536').error?.message).toContain('above 65535');
    expect(authority('h').error?.message).toContain('needs a port');
  });

  it('round-trips any valid host and port', () => {
    const host = fc.stringMatching(/^[A-Za-z0-9\-._~]{0,30}$/);
    fc.assert(
      fc.property(host, fc.integer({ min: 0, max: 65535 }), (h, port) => {
        expect(authority(`${h}:${port}`).ok).toEqual({ host: h, port });
      }),
    );
  });

  it('only ever fails with an ElementError whose column points into or just past the quoted text', () => {
    const chars = fc.constantFrom('[', ']', ':', '4', '3', 'a', ' ', '"', '%', 'f', '.', '9');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.array(chars, { maxLength: 40 }).map((a) => a.join('')),
        ),
        (s) => {
          const r = authority(s);
          if (r.error) {
            expect(r.error.message.length).toBeGreaterThan(0);
            expect(r.error.column).toBeGreaterThanOrEqual(11);
            expect(r.error.column).toBeLessThanOrEqual(11 + s.length);
          } else {
            expect(Number.isInteger(r.ok?.port)).toBe(true);
            expect(r.ok?.port).toBeLessThanOrEqual(65535);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
