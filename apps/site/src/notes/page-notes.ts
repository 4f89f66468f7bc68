import { type CollectionEntry, getCollection } from 'astro:content';

type DocsEntry = CollectionEntry<'docs'>;
export type NotesEntry = CollectionEntry<'notes'>;

let notesById: Promise<Map<string, NotesEntry>> | undefined;

/**
 * Every notes entry by id (getEntry would log a warning for each page without notes), read once
 * per build; the dev server reads it afresh on each request, so edited notes show at once.
 */
function allNotes(): Promise<Map<string, NotesEntry>> {
  const read = () => getCollection('notes').then((entries) => new Map(entries.map((e) => [e.id, e])));
  if (import.meta.env.DEV) return read();
  notesById ??= read();
  return notesById;
}

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
