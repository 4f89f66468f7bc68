import type { Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** A link the note-taker wrote. */
export interface NoteLink {
  /** The target, exactly as written (after sanitising: http(s), mailto and the like only). */
  href: string;
  /** The link's text as shown in the notes (often the URL itself). */
  text: string;
}

/**
 * The web links in rendered notes, in order, each target once. In-page (`#…`) and site-relative
 * links are left out: "Links in the notes" lists where the note-taker pointed readers outside.
 */
export function noteLinks(tree: Root): NoteLink[] {
  const links: NoteLink[] = [];
  const seen = new Set<string>();
  visit(tree, 'element', (node) => {
    const href = node.tagName === 'a' ? node.properties?.href : undefined;
    if (typeof href !== 'string' || !/^https?:\/\//i.test(href) || seen.has(href)) return;
    if ((node.properties?.className as string[] | undefined)?.includes('notes-external-image')) return;
    seen.add(href);
    links.push({ href, text: hastToString(node).trim() || href });
  });
  return links;
}
