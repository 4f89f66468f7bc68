/**
 * The search page's script (bundled by Astro, so the strict CSP hashes nothing inline): loads
 * Pagefind, builds the filter checkboxes, reads a shared URL into the controls, runs the search
 * on every change and keeps the URL in step with `history.replaceState` (no reload).
 */
import { checkedFacets, renderFacetControls } from './facet-controls';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind-api';
import { resultItem } from './result-view';
import {
  isEmptySearch,
  keepIndexedValues,
  pagefindFilters,
  parseSearchParams,
  type SearchState,
  searchLimits,
  searchParamsOf,
} from './search-state';

/** Results loaded per page of results ("Show more results" loads the next). */
const pageSize = 20;
/** Pause after a keystroke before searching, so typing a word runs one search. */
const typingPauseMs = 200;

interface SearchElements {
  box: HTMLElement;
  form: HTMLFormElement;
  output: HTMLElement;
  query: HTMLInputElement;
  facets: HTMLElement;
  notices: HTMLUListElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`search page requires ${selector} (got none)`);
  return el;
}

function findElements(root: ParentNode): SearchElements {
  return {
    box: required(root, '[data-search-box]'),
    form: required(root, '[data-search-form]'),
    output: required(root, '[data-search-output]'),
    query: required(root, '[data-search-query]'),
    facets: required(root, '[data-search-facets-ui]'),
    notices: required(root, '[data-search-notices]'),
    status: required(root, '[data-search-status]'),
    results: required(root, '[data-search-results]'),
    more: required(root, '[data-search-more]'),
  };
}

function showNotices(list: HTMLUListElement, notices: readonly string[]): void {
  list.replaceChildren(
    ...notices.map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }),
  );
  list.hidden = notices.length === 0;
}

function countText(count: number, state: SearchState): string {
  if (isEmptySearch(state)) return 'Type a word or choose a filter to search the talks.';
  if (count === 0) return 'No talks match.';
  return `${count} ${count === 1 ? 'talk matches' : 'talks match'}.`;
}

/** Wires one search page: returns once the controls reflect the URL and the first search ran. */
async function startSearchPage(root: ParentNode, pagefind: Pagefind): Promise<void> {
  const ui = findElements(root);
  const parsed = parseSearchParams(new URL(window.location.href).searchParams);
  const counts = await pagefind.filters();
  const kept = keepIndexedValues(parsed.state, counts);
  showNotices(ui.notices, [...parsed.notices, ...kept.notices]);
  ui.query.maxLength = searchLimits.queryLength;
  ui.query.value = kept.state.query;
  renderFacetControls(ui.facets, counts, kept.state.filters);
  ui.box.hidden = false;
  ui.output.hidden = false;

  let run = 0;
  let pending: PagefindResult[] = [];
  const showMore = async (current: number) => {
    const batch = pending.splice(0, pageSize);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (current !== run) return;
    ui.results.append(...data.map(resultItem));
    ui.more.hidden = pending.length === 0;
  };
  const search = async (state: SearchState) => {
    const current = ++run;
    const found = isEmptySearch(state)
      ? { results: [] }
      : await pagefind.search(state.query === '' ? null : state.query, { filters: pagefindFilters(state.filters) });
    if (current !== run) return;
    pending = [...found.results];
    ui.results.replaceChildren();
    await showMore(current);
    ui.status.textContent = countText(found.results.length, state);
  };
  const stateOfControls = (): SearchState => ({
    query: ui.query.value.trim().slice(0, searchLimits.queryLength),
    filters: checkedFacets(ui.facets),
  });
  const update = () => {
    const state = stateOfControls();
    const params = searchParamsOf(state).toString();
    history.replaceState(history.state, '', `${window.location.pathname}${params ? `?${params}` : ''}`);
    void search(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  ui.query.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(update, typingPauseMs);
  });
  ui.facets.addEventListener('change', update);
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update();
  });
  ui.more.addEventListener('click', () => void showMore(run));
  await search(kept.state);
}

const root = document.querySelector('[data-talk-search]');
if (root) {
  const status = root.querySelector('[data-search-status]');
  if (status) status.textContent = 'Loading search…';
  loadPagefind(import.meta.env.BASE_URL)
    .then((pagefind) => startSearchPage(root, pagefind))
    .catch((error: unknown) => {
      if (status) status.textContent = 'Search is not available: the search index could not be loaded.';
      throw error;
    });
}
