import { slug } from 'github-slugger';

/** A speaker entry as talk frontmatter writes it. */
export interface SpeakerMention {
  name: string;
  affiliation?: string | undefined;
  confirmed: boolean;
}

/** One talk of a speaker, and whether a source confirms they gave it. */
export interface SpeakerTalk<T> {
  talk: T;
  confirmed: boolean;
}

/** Everything the site knows about one speaker. */
export interface Speaker<T> {
  /** URL segment of the speaker's page: the name slugged ("Liz Rice" → "liz-rice"). */
  slug: string;
  /** The name as first written. */
  name: string;
  /** Affiliations as written, first-seen order, without repeats. */
  affiliations: string[];
  /** Their talks, in the order given. */
  talks: SpeakerTalk<T>[];
  /** True when at least one talk confirms them. */
  confirmedAnywhere: boolean;
}

/** The URL segment of a speaker's page. */
export function speakerSlug(name: string): string {
  return slug(name.trim());
}

/**
 * Groups talks by speaker: one entry per speaker name (names that slug alike are one person),
 * sorted by name; each keeps its talks in the given order with their `confirmed` flag.
 *
 * @param talks       talks in reading order
 * @param speakersOf  a talk's frontmatter speakers
 * @example
 * groupBySpeaker([{ id: 'a', s: [{ name: 'Liz Rice', confirmed: true }] }], (t) => t.s)[0].slug; // 'liz-rice'
 */
export function groupBySpeaker<T>(
  talks: readonly T[],
  speakersOf: (talk: T) => readonly SpeakerMention[] | undefined,
): Speaker<T>[] {
  const bySlug = new Map<string, Speaker<T>>();
  for (const talk of talks) {
    for (const mention of speakersOf(talk) ?? []) {
      const key = speakerSlug(mention.name);
      if (key === '') continue;
      const speaker = bySlug.get(key) ?? {
        slug: key,
        name: mention.name.trim(),
        affiliations: [],
        talks: [],
        confirmedAnywhere: false,
      };
      if (mention.affiliation && !speaker.affiliations.includes(mention.affiliation)) {
        speaker.affiliations.push(mention.affiliation);
      }
      if (!speaker.talks.some((t) => t.talk === talk)) speaker.talks.push({ talk, confirmed: mention.confirmed });
      speaker.confirmedAnywhere ||= mention.confirmed;
      bySlug.set(key, speaker);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug));
}
