import type { ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';

/** One slide's worth of notes: a top-level notes heading and what follows it. */
export interface NotesSection {
  /** The heading's id ("" for text before the first heading). */
  id: string;
  /** The heading's text ("The notes" for text before the first heading). */
  title: string;
  html: string;
}

function isWhitespace(node: RootContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/**
 * Cuts rendered notes at their shallowest headings (`h<top>`), for presentation mode: a slide
 * per section. Text before the first heading is a section of its own titled "The notes".
 * @example notesSections(tree, 3).map((s) => s.title) // ['Keynote: eBPF']
 */
export function notesSections(tree: Root, top: number): NotesSection[] {
  const sections: { id: string; title: string; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === `h${top}`) {
      const id = typeof node.properties?.id === 'string' ? node.properties.id : '';
      sections.push({ id, title: hastToString(node).trim(), nodes: [node] });
    } else if (sections.length === 0) {
      if (!isWhitespace(node)) sections.push({ id: '', title: 'The notes', nodes: [node] });
    } else {
      sections[sections.length - 1]?.nodes.push(node);
    }
  }
  return sections.map(({ id, title, nodes }) => ({
    id,
    title,
    html: toHtml({ type: 'root', children: nodes as ElementContent[] }),
  }));
}
