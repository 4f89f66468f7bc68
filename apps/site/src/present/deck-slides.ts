import type { MarkdownHeading } from 'astro';

/** What presentation mode shows of a page's notes file. */
export interface DeckNotes {
  /** The page's stage: at `notes` each notes section is a slide, later all notes are one. */
  stage: 'notes' | 'explained' | 'complete';
  /** The titles of the notes' top-level sections, in order. */
  sectionTitles: readonly string[];
}

/**
 * The titles of a talk's slides after the title slide, in order: "The notes" (or, at stage
 * `notes`, one slide per notes section), then one per h2 of the page's own body. Presentation
 * mode and the session plan both number slides from this list (slide n = index + 2).
 * @example deckSlideTitles([{ depth: 2, slug: 'in-short', text: 'In short' }], { stage: 'complete', sectionTitles: ['Talk'] })
 * // ['The notes', 'In short']
 */
export function deckSlideTitles(headings: readonly MarkdownHeading[], notes: DeckNotes | null): string[] {
  const own = headings.filter((h) => h.depth === 2).map((h) => h.text);
  if (!notes) return own;
  if (notes.stage === 'notes') return [...notes.sectionTitles, ...own];
  return ['The notes', ...own];
}
