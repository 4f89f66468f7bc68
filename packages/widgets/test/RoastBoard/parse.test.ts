import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBoard } from '../../src/RoastBoard/parse';
import { SAMPLE_BOARD } from '../../src/RoastBoard/sample';
import { decodeCompressedJson, encodeCompressedJson } from '../../src/shared/compressed-json';

const error = (json: unknown) => {
  const r = parseBoard(json);
  return r.ok ? null : r.error;
};
type Loose = { boxes: unknown[]; lines: unknown[]; failureModes: unknown[] };
const clone = () => structuredClone(SAMPLE_BOARD) as unknown as Loose;

/** A version 1 board: the first format, with names instead of ids. */
const V1 = {
  version: 1,
  name: 'Old checkout',
  components: ['Web', 'DB'],
  connections: [['Web', 'DB']],
  risks: [
    { element: 'DB', failure: 'Disk full', likelihood: 3, impact: 5 },
    { element: 'Web -> DB', failure: 'Connection pool exhausted', likelihood: 4, impact: 3 },
  ],
};

describe('parseBoard', () => {
  it('accepts the sample, also through the compressed link format', () => {
    expect(parseBoard(structuredClone(SAMPLE_BOARD))).toEqual({
      ok: true,
      value: { board: SAMPLE_BOARD, migratedFrom: null },
    });
    expect(decodeCompressedJson(encodeCompressedJson(SAMPLE_BOARD), parseBoard)).toMatchObject({ ok: true });
  });

  it('migrates a version 1 board: ids in order, connections by name, status open', () => {
    const r = parseBoard(V1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.migratedFrom).toBe(1);
    expect(r.value.board).toEqual({
      version: 2,
      name: 'Old checkout',
      boxes: [
        { id: 'b1', name: 'Web' },
        { id: 'b2', name: 'DB' },
      ],
      lines: [{ id: 'l1', from: 'b1', to: 'b2', label: '' }],
      failureModes: [
        {
          id: 'f1',
          elementId: 'b2',
          mode: 'Disk full',
          probability: 3,
          blastRadius: 5,
          affected: '',
          owner: '',
          mitigation: '',
          status: 'open',
        },
        {
          id: 'f2',
          elementId: 'l1',
          mode: 'Connection pool exhausted',
          probability: 4,
          blastRadius: 3,
          affected: '',
          owner: '',
          mitigation: '',
          status: 'open',
        },
      ],
    });
  });

  it('rejects a version 1 risk on an unknown element, naming it', () => {
    expect(error({ ...V1, risks: [{ element: 'Cache', failure: 'x', likelihood: 1, impact: 1 }] })).toContain(
      '("Cache") is not a component or connection',
    );
  });

  it.each([
    [null, 'The file is not an object'],
    [[], 'The file is not an object'],
    [{ boxes: [] }, 'no "version" field'],
    [{ version: 3 }, 'newer version of the roast board (schema 3)'],
  ])('rejects %j', (json, message) => {
    expect(error(json)).toContain(message);
  });

  it('names the failure mode and the field that is out of range', () => {
    const b = clone();
    (b.failureModes[0] as Record<string, unknown>).probability = 9;
    expect(error(b)).toBe(
      'This board cannot be used: Failure mode 1 ("TLS certificate expires"): probability must be a whole number from 1 to 5 (got 9).',
    );
  });

  it('rejects dangling connections, duplicate ids, bad statuses and oversized lists', () => {
    const dangling = clone();
    (dangling.lines[0] as Record<string, unknown>).to = 'b99';
    expect(error(dangling)).toContain('Connection 1 points to a component that does not exist');
    const dup = clone();
    (dup.boxes[1] as Record<string, unknown>).id = 'b1';
    expect(error(dup)).toContain('"b1" is used twice');
    const status = clone();
    (status.failureModes[2] as Record<string, unknown>).status = 'done';
    expect(error(status)).toContain('status must be one of open, in-progress, mitigated, accepted');
    const big = clone();
    big.boxes = Array.from({ length: 41 }, (_, i) => ({ id: `b${i + 1}`, name: 'x' }));
    expect(error(big)).toContain('has 41 entries (limit 40)');
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(typeof parseBoard(json).ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(
        fc.record({
          version: fc.constantFrom(1, 2),
          name: fc.string(),
          boxes: fc.jsonValue(),
          lines: fc.jsonValue(),
          failureModes: fc.jsonValue(),
          components: fc.jsonValue(),
          connections: fc.jsonValue(),
          risks: fc.jsonValue(),
        }),
        (json) => {
          expect(typeof parseBoard(json).ok).toBe('boolean');
        },
      ),
    );
  });

  it('never throws on damaged links, and refuses 1 MB of garbage at once', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (raw) => {
        expect(typeof decodeCompressedJson(raw, parseBoard).ok).toBe('boolean');
      }),
    );
    expect(decodeCompressedJson('x'.repeat(1_000_000), parseBoard)).toMatchObject({ ok: false });
  });
});
