import { describe, expect, it } from 'vitest';
import { stagedTitle, talkFacets, unstagedTitle } from '../src/search/talk-facets';

describe('talkFacets', () => {
  it('gives conference, year, stage, each tag and each speaker, in facet order', () => {
    const facets = talkFacets({
      conference: 'SREcon23 EMEA',
      date: '2023-10-10',
      stage: 'complete',
      tags: ['quic', 'http3', 'quic'],
      speakers: [{ name: 'Robin Marx', affiliation: 'Akamai', confirmed: true }],
    });
    expect(facets.filters).toEqual([
      ['conference', 'SREcon23 EMEA'],
      ['year', '2023'],
      ['stage', 'complete'],
      ['tag', 'quic'],
      ['tag', 'http3'],
      ['speaker', 'Robin Marx'],
    ]);
    expect(facets.meta).toEqual({ conference: 'SREcon23 EMEA', stage: 'Complete', speakers: 'Robin Marx' });
  });
  it('takes the year from the conference when the talk has no date', () => {
    expect(talkFacets({ conference: 'C', stage: 'notes' }, '2024-03-20').filters).toEqual([
      ['conference', 'C'],
      ['year', '2024'],
      ['stage', 'notes'],
    ]);
    expect(talkFacets({ conference: 'C', stage: 'notes' }).filters).toEqual([
      ['conference', 'C'],
      ['stage', 'notes'],
    ]);
  });
  it('keeps an unconfirmed speaker as a filter value and marks them in the text', () => {
    const facets = talkFacets({
      conference: 'C',
      stage: 'notes',
      speakers: [
        { name: 'Ada', confirmed: false },
        { name: 'Bo', confirmed: true },
      ],
    });
    expect(facets.filters.filter(([name]) => name === 'speaker')).toEqual([
      ['speaker', 'Ada'],
      ['speaker', 'Bo'],
    ]);
    expect(facets.meta.speakers).toBe('Ada (unconfirmed), Bo');
  });
  it('says when no speaker is confirmed', () => {
    expect(talkFacets({ conference: 'C', stage: 'explained', speakers: [] }).meta.speakers).toBe(
      'Speaker not confirmed',
    );
  });
});

describe('stagedTitle and unstagedTitle', () => {
  it('add the stage label to a title and take it off again', () => {
    const staged = stagedTitle('Over, Under: QUIC · HTTP/3', 'notes');
    expect(staged).toBe('Over, Under: QUIC · HTTP/3 · Notes only');
    expect(unstagedTitle(staged, 'Notes only')).toBe('Over, Under: QUIC · HTTP/3');
  });
  it('leave a title without that stage label, or with no label given, unchanged', () => {
    expect(unstagedTitle('Glossary', 'Complete')).toBe('Glossary');
    expect(unstagedTitle('A · Complete', 'Explained')).toBe('A · Complete');
    expect(unstagedTitle('A · ', '')).toBe('A · ');
  });
});
