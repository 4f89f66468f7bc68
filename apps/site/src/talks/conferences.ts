import { type CollectionEntry, getCollection } from 'astro:content';
import { type DayGroup, groupByDay } from '../navigation/days';
import { compareConferences, conferenceIdOf } from '../navigation/order';
import { oncePerBuild } from './once-per-build';
import { talkOrder } from './talks';

type DocsEntry = CollectionEntry<'docs'>;

/** A conference page with its talks in reading order. */
export interface ConferenceWithTalks {
  /** The `pageType: conference` entry (its id is the conference folder). */
  entry: DocsEntry;
  talks: DocsEntry[];
}

/** Every conference and talk of the docs collection, each list in reading order. */
export interface SiteContent {
  /** Conferences newest first (undated last). */
  conferences: ConferenceWithTalks[];
  /** All talks: by conference as above, then day, `order`, slot start and file name. */
  talks: DocsEntry[];
}

/**
 * The conferences and talks in order (see `talkOrder`, `compareConferences`), read once per
 * build: the conference overviews, listings and feeds all ask for it.
 */
export const siteContent = oncePerBuild(readSiteContent);

async function readSiteContent(): Promise<SiteContent> {
  const entries = await getCollection('docs', (e) => e.data.pageType === 'talk' || e.data.pageType === 'conference');
  const conferencePages = entries.filter((e) => e.data.pageType === 'conference');
  const talks = talkOrder(
    entries.filter((e) => e.data.pageType === 'talk'),
    conferencePages,
  );
  const conferences = [...conferencePages]
    .sort((a, b) => compareConferences({ id: a.id, date: a.data.date }, { id: b.id, date: b.data.date }))
    .map((entry) => ({ entry, talks: talks.filter((t) => conferenceIdOf(t.id) === entry.id) }));
  return { conferences, talks };
}

/** A conference's talks grouped by day, labelled from its `days` frontmatter (see `groupByDay`). */
export function dayGroups(conference: ConferenceWithTalks): DayGroup<DocsEntry>[] {
  const keyed = conference.talks.map((entry) => ({ id: entry.id, day: entry.data.day, entry }));
  return groupByDay(keyed, conference.entry.data.days ?? []).map((group) => ({
    ...group,
    talks: group.talks.map((k) => k.entry),
  }));
}
