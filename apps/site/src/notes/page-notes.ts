import { type CollectionEntry, getEntry } from 'astro:content';

type DocsEntry = CollectionEntry<'docs'>;
export type NotesEntry = CollectionEntry<'notes'>;

/**
 * The notes file a page shows (docs/content-layout.md): a talk page's `notes/<slug>.md`, or
 * a conference page's `notes/index.md` (its "Other notes"). Undefined for other pages, and
 * for pages without such a file.
 */
export async function notesForPage(entry: Pick<DocsEntry, 'id' | 'data'>): Promise<NotesEntry | undefined> {
  const { pageType } = entry.data;
  // Notes ids are "<conference>/<path in notes/ without .md>", so a talk's equals its page id.
  if (pageType === 'talk') return getEntry('notes', entry.id);
  if (pageType === 'conference') return getEntry('notes', `${entry.id}/index`);
  return undefined;
}
