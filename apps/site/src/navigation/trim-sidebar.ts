/** A rendered sidebar link, as Starlight's route data holds it (only what trimming needs). */
export interface RouteSidebarLink {
  type: 'link';
  label: string;
  href: string;
  isCurrent: boolean;
}

/** A rendered sidebar group, as Starlight's route data holds it. */
export interface RouteSidebarGroup<L extends RouteSidebarLink = RouteSidebarLink> {
  type: 'group';
  label: string;
  entries: (L | RouteSidebarGroup<L>)[];
}

/** A group type whose entries are its own links and groups (Starlight's `SidebarGroup` is one). */
interface GroupOf<L extends RouteSidebarLink> {
  type: 'group';
  label: string;
  entries: (L | GroupOf<L>)[];
}

/** The label of each conference group's first link (see `buildSidebar`), which marks a group as a conference. */
export const conferenceOverviewLabel = 'Conference overview';

function containsCurrent<L extends RouteSidebarLink>(entry: L | GroupOf<L>): boolean {
  return entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);
}

/** How the sidebar folds conferences other than the page's own. */
export interface TrimOptions {
  /** Other conferences shown as one link each (the first ones, newest first); default 12. */
  keepOtherConferences?: number;
  /** Where the one link standing for the rest goes (the conference index, with the site's base). */
  allConferencesHref: string;
}

/**
 * The sidebar one page carries: its own conference's group in full, the first
 * `keepOtherConferences` other conferences as one link each to their overview (labelled with the
 * conference name), the rest as a single "All N conferences" link, other groups unchanged. Keeps
 * each page's navigation the same size however many conferences the site holds.
 *
 * @param entries  the full sidebar for this page (Starlight's `starlightRoute.sidebar`)
 * @returns a new array; the input is not changed
 * @example
 * trimSidebar(full, { keepOtherConferences: 12, allConferencesHref: '/conferences/' });
 */
export function trimSidebar<L extends RouteSidebarLink, G extends GroupOf<L>>(
  entries: readonly (L | G)[],
  { keepOtherConferences = 12, allConferencesHref }: TrimOptions,
): (L | G)[] {
  const conferences = entries.filter(isConference).length;
  let folded = 0;
  const trimmed: (L | G)[] = [];
  for (const entry of entries) {
    if (!isConference(entry) || containsCurrent(entry)) {
      trimmed.push(entry);
      continue;
    }
    const [overview] = entry.entries as [L];
    folded += 1;
    if (folded <= keepOtherConferences) trimmed.push({ ...overview, label: entry.label, isCurrent: false });
    else if (folded === keepOtherConferences + 1) {
      trimmed.push({
        ...overview,
        label: `All ${conferences} conferences`,
        href: allConferencesHref,
        isCurrent: false,
      });
    }
  }
  return trimmed;
}

/** A group is a conference when its first entry is the "Conference overview" link (see `buildSidebar`). */
function isConference<L extends RouteSidebarLink, G extends GroupOf<L>>(entry: L | G): entry is G {
  if (entry.type !== 'group') return false;
  const [first] = entry.entries;
  return first?.type === 'link' && first.label === conferenceOverviewLabel;
}
