/** What orders a conference: its date (newest first; undated last), then its id. */
export interface ConferenceKey {
  /** The conference's folder name, e.g. "srecon23-emea". */
  id: string;
  /** ISO date (first day) from its index page, when known. */
  date?: string | undefined;
}

/** What orders a talk within its conference: day, `order`, slot start, then file name. */
export interface TalkKey {
  /** Page id, "<conference>/<talk>"; its last segment is the file name. */
  id: string;
  /** 1-based day number; talks without one come after every day. */
  day?: number | undefined;
  /** Position in the notes (1-based); talks without one come after those with one on the same day. */
  order?: number | undefined;
  /** Program slot; only its start ("09:45") orders. */
  slot?: { start: string } | undefined;
}

/** Ascending with undefined last. */
function byOptional<T extends number | string>(a: T | undefined, b: T | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/**
 * Sort comparator for conferences: newest date first, undated ones last, ties by id.
 * @example
 * [{ id: 'a', date: '2023-10-10' }, { id: 'b', date: '2024-03-18' }].sort(compareConferences); // b, a
 */
export function compareConferences(a: ConferenceKey, b: ConferenceKey): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id.localeCompare(b.id, 'en');
}

/**
 * Sort comparator for the talks of one conference: by `day`, then `order`, then `slot.start`
 * (each missing value after the present ones), then file name.
 * @example
 * [{ id: 'c/b', day: 1 }, { id: 'c/a', day: 1 }, { id: 'c/z', day: 1, order: 1 }].sort(compareTalks); // z, a, b
 */
export function compareTalks(a: TalkKey, b: TalkKey): number {
  return (
    byOptional(a.day, b.day) ||
    byOptional(a.order, b.order) ||
    byOptional(a.slot?.start, b.slot?.start) ||
    a.id.localeCompare(b.id, 'en')
  );
}

/** The conference a page belongs to: the first segment of its id ("srecon23-emea/x" → "srecon23-emea"). */
export function conferenceIdOf(pageId: string): string {
  const slash = pageId.indexOf('/');
  return slash === -1 ? pageId : pageId.slice(0, slash);
}

/**
 * Talks of several conferences in reading order: conferences by {@link compareConferences}
 * (talks whose conference has no page last), talks within one by {@link compareTalks}.
 *
 * @param talks        talk keys (or richer objects carrying them)
 * @param conferences  the conference pages' keys
 * @returns a new sorted array
 */
export function orderTalks<T extends TalkKey>(talks: readonly T[], conferences: readonly ConferenceKey[]): T[] {
  const rank = new Map([...conferences].sort(compareConferences).map((c, i) => [c.id, i]));
  const rankOf = (talk: TalkKey) => rank.get(conferenceIdOf(talk.id)) ?? rank.size;
  return [...talks].sort((a, b) => rankOf(a) - rankOf(b) || compareTalks(a, b));
}
