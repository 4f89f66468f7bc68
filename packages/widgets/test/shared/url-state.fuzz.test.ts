// Generic fuzz gate for the URL-state codec and the compressed-JSON reader: whatever a link
// contains, decoding never throws, every value satisfies its spec, and no notice shows NaN.
// Parser-specific property tests live next to each widget's own tests.
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { type DecodeResult, decodeCompressedJson, encodeCompressedJson } from '../../src/shared/compressed-json';
import { decodeState, type ParamSpec, type StateSpec } from '../../src/shared/url-state';

const SEED = 20231010;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

/** A value satisfies its param spec (what a widget may rely on after decoding). */
function satisfies(param: ParamSpec, value: unknown): boolean {
  switch (param.kind) {
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= param.min &&
        value <= param.max &&
        (!param.integer || Number.isInteger(value) || value === param.default)
      );
    case 'enum':
      return typeof value === 'string' && param.values.includes(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return (
        typeof value === 'string' &&
        (value === param.default || (value.length <= param.maxLength && (!param.pattern || param.pattern.test(value))))
      );
  }
}

function expectDecodedWithin(spec: StateSpec, params: URLSearchParams, prefix: string): void {
  const { state, notices } = decodeState(spec, params, prefix);
  for (const [key, param] of Object.entries(spec)) {
    expect(satisfies(param, (state as Record<string, unknown>)[key]), `${key} satisfies its spec`).toBe(true);
  }
  // Notices quote what the link said (possibly "NaN"); apart from that they must not show NaN.
  const quoted = [...params.values()].flatMap((raw) => [raw, raw.slice(0, 40)]).filter((q) => q !== '');
  for (const notice of notices) {
    const own = quoted.reduce((text, q) => text.split(q).join(''), notice);
    expect(own).not.toMatch(/\bNaN\b|undefined/);
    expect(notice.length).toBeLessThan(400);
  }
}

const label = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/NaN|undefined/.test(s));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });

const numberParam: fc.Arbitrary<ParamSpec> = fc
  .tuple(label, finite, finite, fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([l, a, b, integer, t]) => {
    const min = integer ? Math.ceil(Math.min(a, b)) : Math.min(a, b);
    const max = Math.max(min, integer ? Math.floor(Math.max(a, b)) : Math.max(a, b));
    const raw = min + (max - min) * t;
    const def = Math.min(max, Math.max(min, integer ? Math.round(raw) : raw));
    return { kind: 'number', label: l, default: def, min, max, integer };
  });
const enumParam: fc.Arbitrary<ParamSpec> = fc
  .tuple(label, fc.uniqueArray(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 6 }), fc.nat())
  .map(([l, values, i]) => ({ kind: 'enum', label: l, values, default: values[i % values.length] ?? '' }));
const booleanParam: fc.Arbitrary<ParamSpec> = fc
  .tuple(label, fc.boolean())
  .map(([l, d]) => ({ kind: 'boolean', label: l, default: d }));
const stringParam: fc.Arbitrary<ParamSpec> = fc
  .tuple(label, fc.integer({ min: 0, max: 400 }), fc.constantFrom(undefined, /^[a-z0-9-]*$/i, /^\d+$/))
  .map(([l, maxLength, pattern]) => ({
    kind: 'string',
    label: l,
    default: '',
    maxLength,
    ...(pattern ? { pattern } : {}),
  }));
const paramSpec = fc.oneof(numberParam, enumParam, booleanParam, stringParam);
const keyName = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
const stateSpec: fc.Arbitrary<StateSpec> = fc.dictionary(keyName, paramSpec, { minKeys: 1, maxKeys: 6 });

/** Raw values an attacker or a typo might put in a link. */
const rawValue = fc.oneof(
  fc.string({ maxLength: 260 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.constantFrom(
    '',
    ' ',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '-0',
    '0x10',
    '1_000',
    'true',
    'null',
    '%00',
    '\u0000',
  ),
);

describe('decodeState (fuzz)', () => {
  it('never throws and keeps every value within its spec, for arbitrary specs and query strings', () => {
    fc.assert(
      fc.property(stateSpec, fc.string({ maxLength: 500 }), (spec, query) => {
        expectDecodedWithin(spec, new URLSearchParams(query), 'p');
      }),
      runs(300),
    );
  });

  it('does the same when every key of the spec is present with a hostile value', () => {
    fc.assert(
      fc.property(
        stateSpec.chain((spec) =>
          fc.tuple(fc.constant(spec), fc.tuple(...Object.keys(spec).map((k) => fc.tuple(fc.constant(k), rawValue)))),
        ),
        ([spec, pairs]) => {
          const params = new URLSearchParams();
          for (const [key, value] of pairs) params.append(`p.${key}`, value);
          expectDecodedWithin(spec, params, 'p');
        },
      ),
      runs(500),
    );
  });

  it('handles 1 MB of garbage in the query string (no crash, bounded work)', () => {
    const garbage = Array.from({ length: 1 << 20 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 94))).join('');
    const spec: StateSpec = {
      a: { kind: 'number', label: 'A', default: 1, min: 0, max: 10 },
      s: { kind: 'string', label: 'S', default: '', maxLength: 50 },
    };
    expectDecodedWithin(spec, new URLSearchParams(`p.a=${garbage}&p.s=${garbage}&${garbage}`), 'p');
  });
});

describe("every widget's StateSpec (fuzz)", () => {
  const modules = import.meta.glob<Record<string, unknown>>('../../src/*/state.ts', { eager: true });
  const specs = Object.entries(modules).flatMap(([file, mod]) =>
    Object.entries(mod)
      .filter(([, value]) => isStateSpec(value))
      .map(([name, value]) => ({ name: `${file.replace('../../src/', '')} ${name}`, spec: value as StateSpec })),
  );

  it('finds the widgets’ exported specs', () => {
    expect(specs.length).toBeGreaterThan(0);
  });

  for (const { name, spec } of specs) {
    it(`${name}: defaults satisfy the spec, and hostile values decode within it`, () => {
      for (const [key, param] of Object.entries(spec)) {
        expect(satisfies(param, param.default), `${key} default`).toBe(true);
      }
      const keys = Object.keys(spec);
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), rawValue), { maxLength: keys.length * 2 }), (pairs) => {
          const params = new URLSearchParams();
          for (const [key, value] of pairs) params.append(`w.${key}`, value);
          expectDecodedWithin(spec, params, 'w');
        }),
        runs(200),
      );
    });
  }
});

function isStateSpec(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const params = Object.values(value);
  return (
    params.length > 0 &&
    params.every(
      (p) =>
        typeof p === 'object' &&
        p !== null &&
        ['number', 'enum', 'boolean', 'string'].includes((p as { kind?: unknown }).kind as string) &&
        'default' in p &&
        'label' in p,
    )
  );
}

describe('decodeCompressedJson (fuzz)', () => {
  const anything = (json: unknown): DecodeResult<unknown> => ({ ok: true, value: json });

  it('never throws on arbitrary text and says why it failed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), fc.base64String({ maxLength: 2000 })), (raw) => {
        const result = decodeCompressedJson(raw, anything);
        if (!result.ok) expect(result.error).toMatch(/\S/);
      }),
      runs(500),
    );
  });

  it('never throws on valid compression of non-JSON or truncated payloads', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.nat(), (text, cut) => {
        const packed = compressToEncodedURIComponent(text);
        decodeCompressedJson(packed.slice(0, cut % (packed.length + 1)), anything);
      }),
      runs(300),
    );
  });

  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const expected = JSON.parse(JSON.stringify(value));
        expect(decodeCompressedJson(encodeCompressedJson(value), anything)).toEqual({ ok: true, value: expected });
      }),
      runs(200),
    );
  });

  it('rejects 1 MB of garbage by its length before decompressing', () => {
    const garbage = 'A'.repeat(1 << 20);
    const result = decodeCompressedJson(garbage, anything);
    expect(result.ok).toBe(false);
  });
});
