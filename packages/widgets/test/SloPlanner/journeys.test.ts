import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJourneys, SAMPLE_JOURNEYS, validateJourneys } from '../../src/SloPlanner/journeys';
import { decodeCompressedJson, encodeCompressedJson } from '../../src/shared/compressed-json';

describe('validateJourneys', () => {
  it('reports the sample journey that has neither an SLO nor an SLI', () => {
    expect(validateJourneys(SAMPLE_JOURNEYS)).toEqual([
      '"Upload a dataset" has no SLO: every user journey needs exactly one SLO target.',
      '"Upload a dataset" has no SLI: an SLO is measured by at least one SLI.',
    ]);
  });

  it('accepts a complete model', () => {
    expect(validateJourneys(SAMPLE_JOURNEYS.slice(0, 2))).toEqual([]);
  });

  it('rejects a duplicated journey (one journey, one SLO) and unnamed journeys and SLIs', () => {
    const j = { feature: 'F', name: 'Pay', sloPercent: 99.9, slis: [{ name: 'ok' }] };
    expect(validateJourneys([j, { ...j, name: ' pay ' }])[0]).toContain('appears twice');
    const problems = validateJourneys([{ feature: '', name: '', sloPercent: 99, slis: [{ name: ' ' }] }]);
    expect(problems).toEqual([
      'Journey 1 has no name: name the user journey it measures.',
      'Journey 1: SLI 1 has no description.',
    ]);
  });
});

describe('parseJourneys (untrusted link data)', () => {
  it('round-trips the sample through the compressed link format', () => {
    const decoded = decodeCompressedJson(encodeCompressedJson(SAMPLE_JOURNEYS), parseJourneys);
    expect(decoded).toEqual({ ok: true, value: SAMPLE_JOURNEYS });
  });

  it.each([
    [{}, 'not a list'],
    [[{ feature: 'a', name: 'b', sloPercent: 150, slis: [] }], 'journey 1: the SLO target'],
    [[{ feature: 'a', name: 'b', sloPercent: null, slis: [{ name: 3 }] }], 'journey 1, SLI 1 must be text'],
    [[{ feature: 'x'.repeat(500), name: 'b', sloPercent: null, slis: [] }], 'longer than 120'],
    [Array.from({ length: 31 }, () => ({})), 'more than 30 journeys'],
  ])('rejects %j with a specific message', (json, message) => {
    const r = parseJourneys(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(typeof parseJourneys(json).ok).toBe('boolean');
      }),
    );
  });

  it('never throws on any string in the link, and rejects 1 MB of garbage quickly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        expect(typeof decodeCompressedJson(raw, parseJourneys).ok).toBe('boolean');
      }),
    );
    const garbage = 'A%$'.repeat(350_000);
    expect(decodeCompressedJson(garbage, parseJourneys).ok).toBe(false);
  });
});
