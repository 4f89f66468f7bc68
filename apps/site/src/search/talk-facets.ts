import { stageLabel, type TalkStage } from '../schemas/stages';
import type { TalkMetadata } from '../schemas/talk-schema';
import type { FacetName } from './search-state';

/** The talk frontmatter the search facets are made from. */
export type FacetSource = Pick<TalkMetadata, 'conference' | 'date' | 'stage' | 'tags' | 'speakers'>;

/** What a talk page gives Pagefind: filter values, and metadata the search page shows per result. */
export interface TalkFacets {
  /** One `[filter, value]` per value, in `facetNames` order; a filter may repeat (tags, speakers). */
  filters: Array<[FacetName, string]>;
  /** Shown under each result (and as tags in Starlight's dialog): conference name, stage label, speakers in words. */
  meta: { conference: string; stage: string; speakers: string };
}

/**
 * The search facets of one talk: its conference, year (the talk's date, else its conference's),
 * stage, each tag and each speaker by name. An unconfirmed speaker is still a filter value; the
 * `speakers` text marks them "(unconfirmed)", and a talk without speakers says so.
 *
 * @param talk the talk's validated frontmatter.
 * @param conferenceDate the `date` of the talk's conference page, used when the talk has none.
 * @example
 * talkFacets({ conference: 'SREcon23 EMEA', stage: 'notes', speakers: [{ name: 'A', confirmed: false }] }, '2023-10-10');
 * // { filters: [['conference', 'SREcon23 EMEA'], ['year', '2023'], ['stage', 'notes'], ['speaker', 'A']],
 * //   meta: { conference: 'SREcon23 EMEA', stage: 'Notes only', speakers: 'A (unconfirmed)' } }
 */
export function talkFacets(talk: FacetSource, conferenceDate?: string): TalkFacets {
  const year = (talk.date ?? conferenceDate)?.slice(0, 4);
  const speakers = talk.speakers ?? [];
  const filters: Array<[FacetName, string]> = [
    ...(talk.conference ? [['conference', talk.conference] as [FacetName, string]] : []),
    ...(year ? [['year', year] as [FacetName, string]] : []),
    ['stage', talk.stage],
    ...unique(talk.tags ?? []).map((tag): [FacetName, string] => ['tag', tag]),
    ...unique(speakers.map((s) => s.name)).map((name): [FacetName, string] => ['speaker', name]),
  ];
  const speakerText =
    speakers.length === 0
      ? 'Speaker not confirmed'
      : speakers.map((s) => (s.confirmed ? s.name : `${s.name} (unconfirmed)`)).join(', ');
  return { filters, meta: { conference: talk.conference ?? '', stage: stageLabel(talk.stage), speakers: speakerText } };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

const stageSeparator = ' · ';

/**
 * A talk's title as Pagefind shows it (its `title` meta, set by `StageBadge`): the title and the
 * stage, so the stage shows in Starlight's search dialog too.
 * @example stagedTitle('eBPF Superpowers for SRE', 'complete') // "eBPF Superpowers for SRE · Complete"
 */
export function stagedTitle(title: string, stage: TalkStage): string {
  return `${title}${stageSeparator}${stageLabel(stage)}`;
}

/**
 * The talk title back from a {@link stagedTitle}, given the stage label; other titles unchanged.
 * @example unstagedTitle('eBPF Superpowers for SRE · Complete', 'Complete') // "eBPF Superpowers for SRE"
 */
export function unstagedTitle(title: string, label: string): string {
  const suffix = `${stageSeparator}${label}`;
  return label !== '' && title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
}
