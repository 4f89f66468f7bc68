import type { MarkdownHeading } from 'astro';

/** A table-of-contents entry, shaped like Starlight's route-data `toc.items`. */
export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Nests flat headings into ToC entries (each heading under the nearest shallower one before
 * it), keeping only depths `min..max` as Starlight's ToC does.
 * @example nestHeadings([{ depth: 3, slug: 'a', text: 'A' }, { depth: 4, slug: 'b', text: 'B' }], 2, 4)
 * // [{ depth: 3, slug: 'a', text: 'A', children: [{ depth: 4, slug: 'b', text: 'B', children: [] }] }]
 */
export function nestHeadings(headings: readonly MarkdownHeading[], min: number, max: number): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth < min || depth > max) continue;
    const item: TocEntry = { depth, slug, text, children: [] };
    while (stack.length > 0 && (stack[stack.length - 1] as TocEntry).depth >= depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : root).push(item);
    stack.push(item);
  }
  return root;
}

/**
 * The ToC entry of a talk page's "The notes" section: the notes' own headings (already shifted
 * below h2) and "Links in the notes" when the notes hold links.
 */
export function theNotesEntry(
  headings: readonly MarkdownHeading[],
  hasLinks: boolean,
  levels: { minHeadingLevel: number; maxHeadingLevel: number },
): TocEntry {
  const all = hasLinks ? [...headings, { depth: 3, slug: 'links-in-the-notes', text: 'Links in the notes' }] : headings;
  return {
    depth: 2,
    slug: 'the-notes',
    text: 'The notes',
    children: nestHeadings(all, levels.minHeadingLevel, levels.maxHeadingLevel),
  };
}
