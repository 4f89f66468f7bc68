/**
 * The filter checkboxes of the search page, built at run time from Pagefind's filter counts
 * (so the page's HTML does not grow with the number of talks). DOM only through
 * `createElement` and `textContent`: filter values come from notes and are untrusted.
 */

import { talkStages } from '@confnotes/content/stages';
import { stageLabel, type TalkStage } from '../schemas/stages';
import { tagLabel } from '../tags/tags';
import { emptySearchState, type FacetCounts, type FacetName, type FacetSelection, facetNames } from './search-state';

/** The heading of each filter group. */
export const facetLegends: Readonly<Record<FacetName, string>> = {
  conference: 'Conference',
  year: 'Year',
  tag: 'Tag',
  stage: 'Stage',
  speaker: 'Speaker',
};

/** What a reader sees for a filter value (the URL keeps the value itself). */
export function facetValueLabel(name: FacetName, value: string): string {
  if (name === 'stage' && (talkStages as readonly string[]).includes(value)) return stageLabel(value as TalkStage);
  if (name === 'tag') return tagLabel(value);
  return value;
}

/** A group's values in reading order: years newest first, stages in their order, the rest alphabetically. */
export function orderedValues(name: FacetName, values: readonly string[]): string[] {
  const sorted = [...values];
  if (name === 'year') return sorted.sort((a, b) => b.localeCompare(a));
  if (name === 'stage') {
    const rank = (v: string) => (talkStages as readonly string[]).indexOf(v);
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
  return sorted.sort((a, b) => a.localeCompare(b, 'en'));
}

function checkbox(name: FacetName, value: string, count: number, checked: boolean): HTMLLIElement {
  const item = document.createElement('li');
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = name;
  input.value = value;
  input.checked = checked;
  const text = document.createElement('span');
  text.textContent = facetValueLabel(name, value);
  const tally = document.createElement('span');
  tally.className = 'facet-count';
  tally.textContent = ` (${count} ${count === 1 ? 'talk' : 'talks'})`;
  label.append(input, ' ', text, tally);
  item.append(label);
  return item;
}

/**
 * Replaces `container`'s children with one fieldset per filter that has values, each value a
 * labelled checkbox with its talk count. The `selected` ones are checked and come first, so a
 * shared link's choices are in view even in a long list.
 */
export function renderFacetControls(container: HTMLElement, counts: FacetCounts, selected: FacetSelection): void {
  const groups = facetNames.flatMap((name) => {
    const values = Object.keys(counts[name] ?? {});
    if (values.length === 0) return [];
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'facet-group';
    const legend = document.createElement('legend');
    legend.textContent = facetLegends[name];
    const list = document.createElement('ul');
    const ordered = orderedValues(name, values);
    const chosenFirst = [
      ...ordered.filter((v) => selected[name].includes(v)),
      ...ordered.filter((v) => !selected[name].includes(v)),
    ];
    for (const value of chosenFirst) {
      list.append(checkbox(name, value, counts[name]?.[value] ?? 0, selected[name].includes(value)));
    }
    fieldset.append(legend, list);
    return [fieldset];
  });
  container.replaceChildren(...groups);
}

/** The checked values of the controls `renderFacetControls` built, per filter, in page order. */
export function checkedFacets(container: HTMLElement): FacetSelection {
  const filters = emptySearchState().filters;
  for (const input of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    if ((facetNames as readonly string[]).includes(input.name)) filters[input.name as FacetName].push(input.value);
  }
  return filters;
}
