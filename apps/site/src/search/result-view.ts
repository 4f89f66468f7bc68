/**
 * One search result as DOM: title link, conference and stage, speakers, the excerpt with its
 * matches marked, and links to the matching sections. Built with `createElement` and text
 * nodes only; Pagefind's excerpt HTML goes through `excerptParts`, never `innerHTML`.
 */
import { talkStages } from '@confnotes/content/stages';
import { stageLabel } from '../schemas/stages';
import { excerptParts } from './excerpt-parts';
import type { PagefindResultData } from './pagefind-api';
import { unstagedTitle } from './talk-facets';

/** How many matching sections a result lists under its title. */
export const sectionsPerResult = 3;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A paragraph of excerpt text with `<mark>` around the matched words. */
export function excerptElement(excerpt: string): HTMLParagraphElement {
  const p = element('p', 'search-excerpt');
  for (const part of excerptParts(excerpt)) {
    if (part.marked) p.append(element('mark', '', part.text));
    else p.append(document.createTextNode(part.text));
  }
  return p;
}

/** The stage id whose label a result's `stage` meta holds, for the badge's colour class. */
function stageIdOf(label: string | undefined): string {
  return talkStages.find((stage) => stageLabel(stage) === label) ?? 'unknown';
}

/** "SREcon23 EMEA · Complete · Liz Rice" (the stage read as "Stage: Complete"), with each part in its own element for styling and tests. */
function facts(meta: PagefindResultData['meta']): HTMLParagraphElement {
  const p = element('p', 'search-result-facts');
  const conference = element('span', 'search-result-conference', meta.conference ?? 'Conference not given');
  // The same badge as on the talk page (StageBadge.astro).
  const stage = element('span', `search-result-stage stage-badge stage-${stageIdOf(meta.stage)}`);
  stage.append(element('span', 'sr-only', 'Stage: '), meta.stage ?? 'not given');
  p.append(conference, ' · ', stage);
  if (meta.speakers) p.append(' · ', element('span', 'search-result-speakers', meta.speakers));
  return p;
}

/**
 * Links to the sections of the page that matched: those with an anchor other than the page's
 * own title, at most {@link sectionsPerResult}.
 */
function sections(data: PagefindResultData, title: string): HTMLUListElement | undefined {
  const anchored = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.title !== title)
    .slice(0, sectionsPerResult);
  if (anchored.length === 0) return undefined;
  const list = element('ul', 'search-result-sections');
  for (const section of anchored) {
    const link = element('a', '', section.title);
    link.href = section.url;
    const item = document.createElement('li');
    item.append(link, excerptElement(section.excerpt));
    list.append(item);
  }
  return list;
}

/** The list item for one result. */
export function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result-title');
  const title = unstagedTitle(data.meta.title ?? data.url, data.meta.stage ?? '');
  const link = element('a', '', title);
  link.href = data.url;
  heading.append(link);
  item.append(heading, facts(data.meta), excerptElement(data.excerpt));
  const matched = sections(data, title);
  if (matched) item.append(matched);
  return item;
}
