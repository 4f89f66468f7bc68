/**
 * The state of the search page and how it travels in a URL:
 * `?q=…&conference=…&year=…&tag=…&stage=…&speaker=…`, each filter repeatable (values of one
 * filter are alternatives; different filters must all match). Pure: no DOM, no Pagefind.
 */
import { talkStages } from '@confnotes/content/stages';

/** The Pagefind filters a talk page carries (see `talkFacets`), in the order the page shows them. */
export const facetNames = ['conference', 'year', 'tag', 'stage', 'speaker'] as const;

export type FacetName = (typeof facetNames)[number];

/** Chosen values per filter; a filter with no values does not narrow the results. */
export type FacetSelection = Record<FacetName, string[]>;

/** What the reader asked for: free text and filter values. */
export interface SearchState {
  /** The text typed into the search field, trimmed; empty for a filter-only search. */
  query: string;
  filters: FacetSelection;
}

/** Bounds applied to anything read from a URL (a shared link is untrusted input). */
export const searchLimits = Object.freeze({
  /** Characters kept of `q`. */
  queryLength: 200,
  /** Characters kept of one filter value. */
  valueLength: 120,
  /** Values kept per filter. */
  valuesPerFacet: 20,
});

/** A search state with no text and no filters. */
export function emptySearchState(): SearchState {
  return { query: '', filters: { conference: [], year: [], tag: [], stage: [], speaker: [] } };
}

/** True when the state asks for nothing (no text, no filter value). */
export function isEmptySearch(state: SearchState): boolean {
  return state.query === '' && facetNames.every((name) => state.filters[name].length === 0);
}

function isFacetName(name: string): name is FacetName {
  return (facetNames as readonly string[]).includes(name);
}

/** Shortens untrusted text for a notice, so a long parameter cannot flood the page. */
function quoted(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

/** A parsed URL: the state it asks for, and one sentence per part of it that was dropped or cut. */
export interface ParsedSearchParams {
  state: SearchState;
  notices: string[];
}

/**
 * Reads a search state from URL parameters. Unknown parameters are ignored, empty values
 * skipped, repeated values kept once, and over-long text or too many values cut to
 * {@link searchLimits}; every such change except skipping an empty value is named in `notices`.
 *
 * @example
 * parseSearchParams(new URLSearchParams('q=quic&tag=http3&tag=quic&colour=red'));
 * // { state: { query: 'quic', filters: { tag: ['http3', 'quic'], … } },
 * //   notices: ['Ignored the unknown filter “colour”.'] }
 */
export function parseSearchParams(params: URLSearchParams): ParsedSearchParams {
  const state = emptySearchState();
  const notices: string[] = [];
  const unknown = new Set<string>();
  for (const [name, raw] of params) {
    const value = raw.trim();
    if (name === 'q') {
      if (state.query !== '' || value === '') continue;
      state.query = value.slice(0, searchLimits.queryLength);
      if (value.length > searchLimits.queryLength) {
        notices.push(`Shortened the search text to its first ${searchLimits.queryLength} characters.`);
      }
    } else if (!isFacetName(name)) {
      unknown.add(name);
    } else if (value !== '') {
      addValue(state.filters[name], name, value, notices);
    }
  }
  for (const name of unknown) notices.push(`Ignored the unknown filter ${quoted(name)}.`);
  return { state, notices };
}

function addValue(values: string[], name: FacetName, value: string, notices: string[]): void {
  const clipped = value.slice(0, searchLimits.valueLength);
  if (clipped !== value) notices.push(`Shortened a ${name} value to ${searchLimits.valueLength} characters.`);
  if (values.includes(clipped)) return;
  if (values.length === searchLimits.valuesPerFacet) {
    notices.push(`Kept the first ${searchLimits.valuesPerFacet} ${name} values and ignored ${quoted(clipped)}.`);
    return;
  }
  values.push(clipped);
}

/** Filter values that exist in the index, per filter, with how many pages carry each (Pagefind's `filters()`). */
export type FacetCounts = Partial<Record<string, Record<string, number>>>;

/**
 * Drops filter values that no page carries (a mistyped or outdated shared link), naming each.
 *
 * @example
 * keepIndexedValues(state, { tag: { quic: 2 } }); // keeps tag "quic", drops tag "qiuc" with a notice
 */
export function keepIndexedValues(state: SearchState, indexed: FacetCounts): ParsedSearchParams {
  const notices: string[] = [];
  const filters = emptySearchState().filters;
  for (const name of facetNames) {
    const known = indexed[name] ?? {};
    for (const value of state.filters[name]) {
      if (Object.hasOwn(known, value)) filters[name].push(value);
      else notices.push(`Ignored ${name} ${quoted(value)}: no talk has it.`);
    }
  }
  return { state: { query: state.query, filters }, notices };
}

/**
 * Writes a state as URL parameters: `q` first (left out when empty), then each filter's
 * values in {@link facetNames} order. `parseSearchParams` reads it back unchanged.
 *
 * @example
 * searchParamsOf({ query: 'quic', filters: { …, tag: ['http3'] } }).toString(); // "q=quic&tag=http3"
 */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.append('q', state.query);
  for (const name of facetNames) {
    for (const value of state.filters[name]) params.append(name, value);
  }
  return params;
}

/**
 * The `filters` option of Pagefind's `search()`: any of a filter's values, all filters at once
 * (https://pagefind.app/docs/js-api-filtering/#using-compound-filters). Only talk pages carry a
 * stage, so without a chosen stage it asks for any stage: results are always talks.
 *
 * @example
 * pagefindFilters({ …, tag: ['quic'] }); // { tag: { any: ['quic'] }, stage: { any: ['notes', 'explained', 'complete'] } }
 */
export function pagefindFilters(filters: FacetSelection): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const name of facetNames) {
    if (filters[name].length > 0) out[name] = { any: [...filters[name]] };
  }
  out.stage ??= { any: [...talkStages] };
  return out;
}
