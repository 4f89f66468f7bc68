import { describe, expect, it } from 'vitest';
import { nestHeadings, theNotesEntry } from '../src/notes/notes-toc';
import { deckSlideTitles } from '../src/present/deck-slides';
import { contentDir } from '../src/talks/content-dir.mjs';

const own = [
  { depth: 2, slug: 'in-short', text: 'In short' },
  { depth: 3, slug: 'detail', text: 'Detail' },
  { depth: 2, slug: 'discuss', text: 'Discuss' },
];

describe('deckSlideTitles', () => {
  it('puts all notes on one "The notes" slide once a page is explained', () => {
    expect(deckSlideTitles(own, { stage: 'complete', sectionTitles: ['A', 'B'] })).toEqual([
      'The notes',
      'In short',
      'Discuss',
    ]);
  });
  it('gives a notes-stage page one slide per notes section', () => {
    expect(deckSlideTitles([], { stage: 'notes', sectionTitles: ['Keynote: eBPF', 'Q&A'] })).toEqual([
      'Keynote: eBPF',
      'Q&A',
    ]);
  });
  it('has no notes slide for a page without notes', () => {
    expect(deckSlideTitles(own, null)).toEqual(['In short', 'Discuss']);
  });
});

describe('the notes in the table of contents', () => {
  const notes = [
    { depth: 3, slug: 'notes.a', text: 'A' },
    { depth: 4, slug: 'notes.a1', text: 'A1' },
    { depth: 6, slug: 'notes.deep', text: 'Deep' },
    { depth: 3, slug: 'notes.b', text: 'B' },
  ];
  it('nests headings under the nearest shallower one, within the ToC levels', () => {
    expect(nestHeadings(notes, 2, 4)).toEqual([
      {
        depth: 3,
        slug: 'notes.a',
        text: 'A',
        children: [{ depth: 4, slug: 'notes.a1', text: 'A1', children: [] }],
      },
      { depth: 3, slug: 'notes.b', text: 'B', children: [] },
    ]);
  });
  it('lists "The notes" with its headings and the links section', () => {
    const entry = theNotesEntry(notes, true, { minHeadingLevel: 2, maxHeadingLevel: 3 });
    expect(entry.slug).toBe('the-notes');
    expect(entry.children.map((c) => c.slug)).toEqual(['notes.a', 'notes.b', 'links-in-the-notes']);
    expect(theNotesEntry([], false, { minHeadingLevel: 2, maxHeadingLevel: 3 }).children).toEqual([]);
  });
});

describe('contentDir', () => {
  it('defaults to the repo content folder and honours an absolute CONFNOTES_CONTENT_DIR', () => {
    expect(contentDir({})).toMatch(/\/content\/$/);
    expect(contentDir({ CONFNOTES_CONTENT_DIR: '/srv/notes/' })).toBe('/srv/notes/');
    expect(() => contentDir({ CONFNOTES_CONTENT_DIR: 'relative/notes' })).toThrow(/absolute path/);
  });
});
