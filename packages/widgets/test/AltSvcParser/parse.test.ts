import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainHeader, protocolMeaning } from '../../src/AltSvcParser/explain';
import { CLEAR_IN_LIST, DEFAULT_MAX_AGE, parseAltSvc } from '../../src/AltSvcParser/parse';

describe('parseAltSvc: valid headers (RFC 7838 §3)', () => {
  it('reads two alternatives with ma', () => {
    const r = parseAltSvc('h3=":443"; ma=86400, h3-29=":443"; ma=86400');
    expect(r.errors).toEqual([]);
    expect(r.alternatives.map((a) => [a.protocolId, a.host, a.port, a.maxAge, a.maxAgeGiven, a.column])).toEqual([
      ['h3', '', 443, 86400, true, 1],
      ['h3-29', '', 443, 86400, true, 22],
    ]);
  });

  it('uses the 86400 s default without ma, reads host, persist and unknown params', () => {
    const r = parseAltSvc('h3="alt.example.net:8443"; persist=1; v="46,43", h2=":443"');
    expect(r.errors).toEqual([]);
    const [a, b] = r.alternatives;
    expect(a).toMatchObject({
      host: 'alt.example.net',
      port: 8443,
      persist: true,
      maxAge: DEFAULT_MAX_AGE,
      maxAgeGiven: false,
    });
    expect(a?.params.map((p) => [p.name, p.value])).toEqual([
      ['persist', '1'],
      ['v', '46,43'],
    ]);
    expect(b).toMatchObject({ protocolId: 'h2', port: 443 });
  });

  it('recognises clear only as the whole value', () => {
    expect(parseAltSvc('  clear ')).toEqual({ clear: true, alternatives: [], errors: [] });
    expect(parseAltSvc('Alt-Svc: clear').clear).toBe(true);
    const mixed = parseAltSvc('clear, h3=":443"');
    expect(mixed.errors).toEqual([{ column: 1, message: CLEAR_IN_LIST }]);
  });

  it('lets clear in a list invalidate the alternatives beside it (RFC 7838 §3, issue 15)', () => {
    // RFC 7838 §3: a field value containing "clear" requests all alternatives for the origin to
    // be invalidated, "including those specified in the same response". So h2 is not kept.
    const r = parseAltSvc('h2=":443"; ma=86400, clear');
    expect(r).toEqual({ clear: true, alternatives: [], errors: [{ column: 22, message: CLEAR_IN_LIST }] });
    expect(parseAltSvc('clear, h3=":443"')).toMatchObject({ clear: true, alternatives: [] });
    expect(parseAltSvc('clear=":443"')).toMatchObject({ clear: false, alternatives: [{ protocolId: 'clear' }] });
  });

  it('decodes percent-encoded protocol ids', () => {
    const r = parseAltSvc('w%3Dx%3Ay=":443"');
    expect(r.alternatives[0]).toMatchObject({ rawProtocolId: 'w%3Dx%3Ay', protocolId: 'w=x:y' });
  });

  it('accepts IPv6 hosts, empty list elements, persist other than 1 (ignored) and caps ma at 2^31', () => {
    const r = parseAltSvc(',h3="[2001:db8::1]:443"; ma=99999999999; persist=0 ,, ');
    expect(r.errors).toEqual([]);
    expect(r.alternatives[0]).toMatchObject({ host: '[2001:db8::1]', port: 443, persist: false, maxAge: 2 ** 31 });
  });

  it('skips a leading "Alt-Svc:" and keeps columns relative to the text entered', () => {
    const r = parseAltSvc('Alt-Svc: h3=":x"');
    expect(r.errors).toEqual([{ column: 15, message: 'the port must be digits only (found "x")' }]);
  });
});

describe('parseAltSvc: errors point at the offending character', () => {
  // Columns counted by hand, 1-based.
  it.each([
    ['h3=":443; ma=86400', 4, 'never closed'],
    ['h3=:443', 4, 'must be quoted'],
    ['h3=":99999"', 6, 'above 65535'],
    ['h3="443"', 8, 'needs a port'],
    ['h3="ex ample:443"', 7, '" " cannot appear in a host name'],
    ['h3=":443"; ma=1d', 15, 'ma must be a whole number'],
    ['h3=":443" x', 11, 'expected "," or ";"'],
    ['="x:1"', 1, 'protocol id'],
    ['h%2=":443"', 2, 'two hex digits'],
    ['h3=":443";', 11, 'parameter name'],
    ['', 1, 'empty'],
  ])('%s → column %i', (header, column, text) => {
    const r = parseAltSvc(header);
    expect(r.errors[0]?.column).toBe(column);
    expect(r.errors[0]?.message).toContain(text);
  });

  it('carries on after an error: the next alternative is still read', () => {
    const r = parseAltSvc('h3=:443; ma=1d, h3-29=":443"');
    expect(r.errors).toHaveLength(1);
    expect(r.alternatives.map((a) => a.protocolId)).toEqual(['h3-29']);
  });
});

describe('explain', () => {
  it('says what a browser does', () => {
    expect(explainHeader(parseAltSvc('clear'))[0]).toContain('forget every alternative');
    const lines = explainHeader(parseAltSvc('h3=":443"; ma=0'));
    expect(lines[0]).toContain('stale at once');
    expect(protocolMeaning('h3-29')).toContain('Internet-Draft 29');
    expect(explainHeader(parseAltSvc('h2=":443"')).at(-1)).toContain('default ma of 86400 s');
  });
});

describe('parseAltSvc on untrusted input (property tests)', () => {
  const headerChars = fc.constantFrom(
    'h',
    '3',
    '=',
    '"',
    ':',
    '4',
    ';',
    ',',
    ' ',
    'm',
    'a',
    '%',
    '[',
    ']',
    '\\',
    'c',
    'l',
    'e',
    'r',
  );
  const headerLike = fc.array(headerChars, { maxLength: 80 }).map((a) => a.join(''));

  it('never throws; every error column lies within the text (or just past its end)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), headerLike), (s) => {
        const r = parseAltSvc(s);
        for (const e of r.errors) {
          expect(e.column).toBeGreaterThanOrEqual(1);
          expect(e.column).toBeLessThanOrEqual(s.length + 1);
          expect(e.message.length).toBeGreaterThan(0);
        }
        for (const a of r.alternatives) {
          expect(Number.isFinite(a.maxAge) && Number.isFinite(a.port)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads 1 MB of garbage with a bounded error list (speed: bench/untrusted-input.bench.ts)', () => {
    const garbage = 'h3=":443"; ma=x, "\\'.repeat(60_000).slice(0, 1_000_000);
    const r = parseAltSvc(garbage);
    expect(r.errors.length).toBeLessThanOrEqual(20);
  });
});
