import { type CollectionEntry, getCollection } from 'astro:content';
import { oncePerBuild } from '../talks/once-per-build';

type DocsEntry = CollectionEntry<'docs'>;
export type NotesEntry = CollectionEntry<'notes'>;

/** Every notes entry by id (getEntry would log a warning for each page without notes). */
const allNotes = oncePerBuild(() =>
  getCollection('notes').then((entries) => new Map<string, NotesEntry>(entries.map((e) => [e.id, e]))),
);

/**
 * The notes file a page shows (docs/content-layout.md): a talk page's `notes/<slug>.md`, or
 * a conference page's `notes/index.md` (its "Other notes"). Undefined for other pages, and
 * for pages without such a file.
 */
export async function notesForPage(entry: Pick<DocsEntry, 'id' | 'data'>): Promise<NotesEntry | undefined> {
  const { pageType } = entry.data;
  // Notes ids are "<conference>/<path in notes/ without .md>", so a talk's equals its page id.
  if (pageType === 'talk') return (await allNotes()).get(entry.id);
  if (pageType === 'conference') return (await allNotes()).get(`${entry.id}/index`);
  return undefined;
}
