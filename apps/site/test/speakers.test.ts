import { describe, expect, it } from 'vitest';
import { groupBySpeaker, speakerSlug } from '../src/speakers/group-by-speaker';

interface Talk {
  id: string;
  speakers?: { name: string; affiliation?: string; confirmed: boolean }[];
}

const talks: Talk[] = [
  { id: 'c1/a', speakers: [{ name: 'Robin Marx', affiliation: 'Akamai', confirmed: true }] },
  { id: 'c1/b', speakers: [] },
  {
    id: 'c2/c',
    speakers: [
      { name: 'Jane Doe', confirmed: false },
      { name: 'robin marx ', confirmed: false },
    ],
  },
  { id: 'c2/d' },
  { id: 'c3/e', speakers: [{ name: 'Robin Marx', affiliation: 'KU Leuven', confirmed: true }] },
];

describe('groupBySpeaker', () => {
  const speakers = groupBySpeaker(talks, (t) => t.speakers);

  it('gives one entry per speaker, sorted by name, talks in the given order', () => {
    expect(speakers.map((s) => [s.slug, s.talks.map((t) => t.talk.id)])).toEqual([
      ['jane-doe', ['c2/c']],
      ['robin-marx', ['c1/a', 'c2/c', 'c3/e']],
    ]);
  });

  it('keeps whether each talk confirms the speaker, and their affiliations', () => {
    const robin = speakers.find((s) => s.slug === 'robin-marx');
    expect(robin?.talks.map((t) => t.confirmed)).toEqual([true, false, true]);
    expect(robin?.affiliations).toEqual(['Akamai', 'KU Leuven']);
    expect(robin?.confirmedAnywhere).toBe(true);
    expect(speakers.find((s) => s.slug === 'jane-doe')?.confirmedAnywhere).toBe(false);
  });

  it('is empty when no talk names a speaker', () => {
    expect(groupBySpeaker([{ id: 'x', speakers: [] }], (t: Talk) => t.speakers)).toEqual([]);
  });
});

describe('speakerSlug', () => {
  it('slugs names like heading anchors', () => {
    expect(speakerSlug('Liz Rice')).toBe('liz-rice');
    expect(speakerSlug('  José Núñez ')).toBe('josé-núñez');
  });
});
