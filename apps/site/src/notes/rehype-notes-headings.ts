import type { MarkdownHeading } from 'astro';
import GithubSlugger from 'github-slugger';
import type { Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Prefix of every notes heading id. The page's own headings get ids from github-slugger, which
 * drops "." — so no id of the page's own can start with "notes." and the two never clash.
 */
export const NOTES_ID_PREFIX = 'notes.';

const HEADING = /^h([1-6])$/;

/**
 * Gives every heading in the notes a unique id (`notes.` + its github-slugger slug, repeats
 * numbered) and pushes `{ depth, slug, text }` for each into `headings`, in document order.
 * A heading a note-taker gave an id of their own keeps it only as sanitised text: the id is
 * always ours.
 */
export function rehypeNotesHeadings(options: { headings: MarkdownHeading[] }) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node) => {
      const match = HEADING.exec(node.tagName);
      if (!match) return;
      const text = hastToString(node).replace(/\s+/g, ' ').trim();
      const slug = `${NOTES_ID_PREFIX}${slugger.slug(text || 'section')}`;
      node.properties = { ...node.properties, id: slug };
      options.headings.push({ depth: Number(match[1]), slug, text });
    });
  };
}
