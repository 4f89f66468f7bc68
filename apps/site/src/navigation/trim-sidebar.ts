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

/**
 * The sidebar one page carries: its own conference's group in full, every other conference as
 * one link to its overview (labelled with the conference name), other groups unchanged. Keeps
 * each page's navigation small however many conferences the site holds.
 *
 * @param entries  the full sidebar for this page (Starlight's `starlightRoute.sidebar`)
 * @returns a new array; the input is not changed
 */
export function trimSidebar<L extends RouteSidebarLink, G extends GroupOf<L>>(entries: readonly (L | G)[]): (L | G)[] {
  return entries.map((entry) => {
    if (entry.type !== 'group') return entry;
    const [first] = entry.entries;
    const isConference = first?.type === 'link' && first.label === conferenceOverviewLabel;
    if (!isConference || containsCurrent(entry)) return entry;
    return { ...first, label: entry.label, isCurrent: false };
  });
}
