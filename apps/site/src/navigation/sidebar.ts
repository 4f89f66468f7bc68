import { contentDir } from '../talks/content-dir.mjs';
import { groupByDay } from './days';
import { compareConferences, compareTalks } from './order';
import { type ConferenceSummary, readConferences } from './read-content';
import { conferenceOverviewLabel } from './trim-sidebar';

/** A Starlight sidebar link to a page outside the docs collection. */
export interface SidebarLink {
  label: string;
  link: string;
}

/** A Starlight sidebar link to a docs entry; without a label Starlight uses the page's `sidebar.label` or title. */
export interface SidebarEntryLink {
  slug: string;
  label?: string;
}

/** A Starlight sidebar group. */
export interface SidebarGroup {
  label: string;
  items: SidebarItem[];
}

export type SidebarItem = SidebarLink | SidebarEntryLink | SidebarGroup;

/** The site's own pages, first in the sidebar. */
export const startHere: SidebarGroup = {
  label: 'Start here',
  items: [
    { label: 'Home', link: '/' },
    { label: 'All conferences', link: '/conferences/' },
    { label: 'Search talks', link: '/search/' },
    { label: 'Speakers', link: '/speakers/' },
    { label: 'SRE onboarding path', link: '/paths/sre-onboarding/' },
    { label: 'Glossary', link: '/glossary/' },
  ],
};

/**
 * The sidebar for a set of conferences: "Start here", then each conference newest first with
 * its "Conference overview" and one group per day (talks by day, `order`, slot start, file
 * name; talks without a day in a last group). Talk links carry no label, so Starlight shows
 * each page's `sidebar.label` frontmatter, or its title.
 *
 * @example
 * buildSidebar([{ id: 'c', title: 'C', days: [], talks: [{ id: 'c/t', title: 'T' }] }]);
 * // [startHere, { label: 'C', items: [{ label: 'Conference overview', slug: 'c' }, { label: 'Talks', items: [{ slug: 'c/t' }] }] }]
 */
export function buildSidebar(conferences: readonly ConferenceSummary[]): SidebarItem[] {
  return [
    startHere,
    ...[...conferences].sort(compareConferences).map((conference) => ({
      label: conference.title,
      items: [
        { label: conferenceOverviewLabel, slug: conference.id },
        ...groupByDay([...conference.talks].sort(compareTalks), conference.days).map((group) => ({
          label: group.label,
          items: group.talks.map((talk) => ({ slug: talk.id })),
        })),
      ],
    })),
  ];
}

/** The sidebar of the content folder the site is built from (see {@link contentDir}); `astro.config.mjs` calls it. */
export function siteSidebar(env: Readonly<Record<string, string | undefined>> = process.env): SidebarItem[] {
  return buildSidebar(readConferences(contentDir(env)));
}
