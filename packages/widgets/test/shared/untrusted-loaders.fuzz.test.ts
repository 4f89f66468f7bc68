// Property tests for loaders of untrusted input that the parser sweep found uncovered:
// localStorage boards, compressed URL params and stream IDs. Each must never throw, and
// must answer garbage with a sentence for the user rather than a half-built value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBoard, STORAGE_KEY } from '../../src/RoastBoard/storage';
import { decodeStreamId } from '../../src/StreamIdDecoder/model';
import { encodeCompressedJson } from '../../src/shared/compressed-json';
import { readCompressedParam } from '../../src/shared/compressed-param';

const storeWith = (raw: string | null) => {
  const data = new Map<string, string>();
  if (raw !== null) data.set(STORAGE_KEY, raw);
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
};

describe('loadBoard on whatever localStorage holds', () => {
  it('never throws; anything unusable yields no board, a notice, and a cleared key', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const store = storeWith(raw);
          const loaded = loadBoard(store);
          if (loaded.board === null) {
            expect(typeof loaded.notice).toBe('string');
            expect(store.data.has(STORAGE_KEY)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers 1 MB of garbage quickly with a notice', () => {
    const loaded = loadBoard(storeWith('{'.repeat(1_100_000)));
    expect(loaded.board).toBeNull();
    expect(loaded.notice).toMatch(/\w/);
  });

  it('survives a storage that throws (private mode)', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(loadBoard(throwing).notice).toMatch(/does not allow saving/);
  });
});

describe('readCompressedParam on arbitrary query strings', () => {
  const validate = (json: unknown) =>
    Array.isArray(json) && json.every((x) => typeof x === 'string')
      ? ({ ok: true, value: json as string[] } as const)
      : ({ ok: false, error: 'not a list of names' } as const);

  it('never throws and either validates or explains', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 300 }), (name, value) => {
        const search = `?${new URLSearchParams({ [name || 'x']: value }).toString()}`;
        const result = readCompressedParam(search, name || 'x', validate);
        if (result && !result.ok) expect(result.error).toMatch(/\w/);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips a valid value', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (names) => {
        const search = `?j=${encodeCompressedJson(names)}`;
        expect(readCompressedParam(search, 'j', validate)).toEqual({ ok: true, value: names });
      }),
    );
  });
});

describe('decodeStreamId over the whole QUIC range', () => {
  it('derives initiator, direction and sequence from the two low bits for any 62-bit id', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 62n - 1n }), (id) => {
        const info = decodeStreamId(id);
        const text = JSON.stringify(info, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
        expect(text).not.toMatch(/NaN/);
        expect(text).toContain((id >> 2n).toString());
      }),
    );
  });
});
