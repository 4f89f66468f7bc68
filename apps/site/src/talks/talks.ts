import type { CollectionEntry } from 'astro:content';
import { orderTalks } from '../navigation/order';

type DocsEntry = CollectionEntry<'docs'>;

/**
 * Talks in reading order, from their frontmatter: conferences newest first (by the `date` of
 * their `pageType: conference` page; talks of a folder without one last), then within a
 * conference by `day`, `order`, `slot.start` and file name.
 *
 * @param talks        `pageType: talk` entries
 * @param conferences  `pageType: conference` entries (their ids are the conference folders)
 */
export function talkOrder(talks: readonly DocsEntry[], conferences: readonly DocsEntry[]): DocsEntry[] {
  const keyed = talks.map((entry) => ({ entry, id: entry.id, ...entry.data }));
  const conferenceKeys = conferences.map((c) => ({ id: c.id, date: c.data.date }));
  return orderTalks(keyed, conferenceKeys).map((k) => k.entry);
}
