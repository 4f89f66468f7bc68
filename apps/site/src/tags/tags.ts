import { conferenceIdOf } from '../navigation/order';

/** Tags → the items carrying them, tags sorted alphabetically, items in their given order. */
export function groupByTag<T>(
  items: readonly T[],
  tagsOf: (item: T) => readonly string[] | undefined,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const tag of new Set(tagsOf(item) ?? [])) {
      const list = groups.get(tag) ?? [];
      list.push(item);
      groups.set(tag, list);
    }
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, 'en')));
}

/** "machine-learning" → "machine learning". */
export function tagLabel(tag: string): string {
  return tag.replace(/-/g, ' ');
}

/** Talks of one topic within one year, by conference. */
export interface YearGroup<T> {
  /** "2023", or undefined for talks whose conference has no date. */
  year: string | undefined;
  conferences: { id: string; items: T[] }[];
}

/**
 * Groups items (talks in reading order) by year, newest first with undated ones last, then by
 * conference in the order they first appear; items keep their order.
 *
 * @param items         talks in reading order
 * @param dateOf        an item's ISO date (its conference's), if known
 * @param conferenceOf  an item's conference id
 * @example
 * groupByYear([{ c: 'a', d: '2023-10-10' }], (i) => i.d, (i) => i.c); // [{ year: '2023', conferences: [{ id: 'a', items: [...] }] }]
 */
export function groupByYear<T>(
  items: readonly T[],
  dateOf: (item: T) => string | undefined,
  conferenceOf: (item: T) => string,
): YearGroup<T>[] {
  const years = new Map<string | undefined, Map<string, T[]>>();
  for (const item of items) {
    const year = dateOf(item)?.slice(0, 4);
    const conferences = years.get(year) ?? new Map<string, T[]>();
    const list = conferences.get(conferenceOf(item)) ?? [];
    list.push(item);
    conferences.set(conferenceOf(item), list);
    years.set(year, conferences);
  }
  return [...years]
    .sort(([a], [b]) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : b.localeCompare(a)))
    .map(([year, conferences]) => ({ year, conferences: [...conferences].map(([id, list]) => ({ id, items: list })) }));
}

/** What {@link topicGroups} reads of a talk: its id ("<conference>/<talk>") and own date. */
export interface TopicTalk {
  id: string;
  data: { date?: string | undefined };
}

/**
 * A tag page's talks (in reading order: conferences newest first) grouped by year, newest
 * first, then by conference; a talk's year is its conference's date, else its own date.
 *
 * @param talks            talks in reading order, e.g. one page of a tag's talks
 * @param conferenceDates  conference id → ISO date of its conference page
 * @example
 * topicGroups([{ id: 'k/a', data: {} }], new Map([['k', '2024-03-20']])); // [{ year: '2024', conferences: [{ id: 'k', items: [...] }] }]
 */
export function topicGroups<T extends TopicTalk>(
  talks: readonly T[],
  conferenceDates: ReadonlyMap<string, string | undefined>,
): YearGroup<T>[] {
  return groupByYear(
    talks,
    (talk) => conferenceDates.get(conferenceIdOf(talk.id)) ?? talk.data.date,
    (talk) => conferenceIdOf(talk.id),
  );
}
