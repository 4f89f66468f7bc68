import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptySearchState,
  facetNames,
  isEmptySearch,
  keepIndexedValues,
  pagefindFilters,
  parseSearchParams,
  type SearchState,
  searchLimits,
  searchParamsOf,
} from '../src/search/search-state';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

function stateWith(query: string, filters: Partial<SearchState['filters']>): SearchState {
  return { query, filters: { ...emptySearchState().filters, ...filters } };
}

describe('parseSearchParams', () => {
  it('reads text and repeated filter values in order, each value once', () => {
    const { state, notices } = parse('q=+quic+&tag=http3&tag=quic&tag=http3&stage=complete&speaker=Liz%20Rice');
    expect(state).toEqual(stateWith('quic', { tag: ['http3', 'quic'], stage: ['complete'], speaker: ['Liz Rice'] }));
    expect(notices).toEqual([]);
  });
  it('ignores unknown parameters, naming each once', () => {
    const { state, notices } = parse('colour=red&colour=blue&__proto__=x&year=2023');
    expect(state).toEqual(stateWith('', { year: ['2023'] }));
    expect(notices).toEqual(['Ignored the unknown filter “colour”.', 'Ignored the unknown filter “__proto__”.']);
  });
  it('skips empty values and keeps the first q', () => {
    expect(parse('q=&q=second&tag=&tag=%20').state).toEqual(stateWith('second', {}));
  });
  it('cuts over-long text and values to the limits, and says so', () => {
    const { state, notices } = parse(`q=${'a'.repeat(500)}&tag=${'b'.repeat(500)}`);
    expect(state.query).toHaveLength(searchLimits.queryLength);
    expect(state.filters.tag).toEqual(['b'.repeat(searchLimits.valueLength)]);
    expect(notices).toEqual([
      'Shortened the search text to its first 200 characters.',
      'Shortened a tag value to 120 characters.',
    ]);
  });
  it('keeps at most valuesPerFacet values per filter', () => {
    const many = Array.from({ length: 25 }, (_, i) => `tag=t${i}`).join('&');
    const { state, notices } = parse(many);
    expect(state.filters.tag).toHaveLength(searchLimits.valuesPerFacet);
    expect(notices).toHaveLength(5);
    expect(notices[0]).toBe('Kept the first 20 tag values and ignored “t20”.');
  });
  it('quotes at most 40 characters of an unknown name in a notice', () => {
    const { notices } = parse(`${'n'.repeat(100)}=1`);
    expect(notices).toEqual([`Ignored the unknown filter “${'n'.repeat(40)}…”.`]);
  });
  it('never exceeds the limits, whatever the parameters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('q', ...facetNames, 'x'), fc.string({ maxLength: 300 }))),
        (pairs) => {
          const { state } = parseSearchParams(new URLSearchParams(pairs));
          expect(state.query.length).toBeLessThanOrEqual(searchLimits.queryLength);
          for (const name of facetNames) {
            const values = state.filters[name];
            expect(values.length).toBeLessThanOrEqual(searchLimits.valuesPerFacet);
            expect(new Set(values).size).toBe(values.length);
            for (const value of values) expect(value.length).toBeLessThanOrEqual(searchLimits.valueLength);
          }
        },
      ),
    );
  });
});

describe('searchParamsOf', () => {
  it('writes q first, then the filters in facet order, leaving out empty ones', () => {
    const state = stateWith('h3', { speaker: ['Robin Marx'], tag: ['quic', 'qlog'], year: ['2023'] });
    expect(searchParamsOf(state).toString()).toBe('q=h3&year=2023&tag=quic&tag=qlog&speaker=Robin+Marx');
    expect(searchParamsOf(emptySearchState()).toString()).toBe('');
  });

  // Limits count UTF-16 code units; a grapheme may take several.
  const trimmed = (max: number) =>
    fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: max })
      .filter((s) => s.trim() === s && s !== '' && s.length <= max);
  const values = fc.uniqueArray(trimmed(searchLimits.valueLength), { maxLength: searchLimits.valuesPerFacet });
  const states: fc.Arbitrary<SearchState> = fc.record({
    query: fc.oneof(fc.constant(''), trimmed(searchLimits.queryLength)),
    filters: fc.record({ conference: values, year: values, tag: values, stage: values, speaker: values }),
  });
  it('round-trips through parseSearchParams without notices (seeded property)', () => {
    fc.assert(
      fc.property(states, (state) => {
        const back = parseSearchParams(new URLSearchParams(searchParamsOf(state).toString()));
        expect(back).toEqual({ state, notices: [] });
      }),
    );
  });
});

describe('keepIndexedValues', () => {
  it('keeps values the index has and names the others', () => {
    const state = stateWith('x', { tag: ['quic', 'qiuc'], stage: ['complete'], speaker: ['Nobody'] });
    const kept = keepIndexedValues(state, { tag: { quic: 2 }, stage: { complete: 5 } });
    expect(kept.state).toEqual(stateWith('x', { tag: ['quic'], stage: ['complete'] }));
    expect(kept.notices).toEqual(['Ignored tag “qiuc”: no talk has it.', 'Ignored speaker “Nobody”: no talk has it.']);
  });
  it('does not take inherited object keys for indexed values', () => {
    expect(keepIndexedValues(stateWith('', { tag: ['toString'] }), { tag: {} }).state.filters.tag).toEqual([]);
  });
});

describe('pagefindFilters and isEmptySearch', () => {
  it('asks for any value within a filter and any stage when none is chosen', () => {
    expect(pagefindFilters(stateWith('', { tag: ['quic', 'qlog'] }).filters)).toEqual({
      tag: { any: ['quic', 'qlog'] },
      stage: { any: ['notes', 'explained', 'complete'] },
    });
    expect(pagefindFilters(stateWith('', { stage: ['notes'] }).filters)).toEqual({ stage: { any: ['notes'] } });
  });
  it('calls a state empty only without text and filters', () => {
    expect(isEmptySearch(emptySearchState())).toBe(true);
    expect(isEmptySearch(stateWith('', { year: ['2023'] }))).toBe(false);
    expect(isEmptySearch(stateWith('a', {}))).toBe(false);
  });
});
