import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { createGlossaryMatcher } from '../glossary/glossary-match';
import type { GlossaryLinkTerm } from '../glossary/glossary-terms';

/** Options for {@link rehypeGlossaryLinks}. */
export interface GlossaryLinkOptions {
  /** The glossary, e.g. from {@link parseGlossaryTerms}. */
  terms: readonly GlossaryLinkTerm[];
  /** Root-relative glossary page; the base-links plugin adds SITE_BASE later. Default "/glossary/". */
  glossaryPath?: string;
}

/** Elements whose text is never linked: headings, code, links, maths, widgets, form text. */
const SKIP_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'svg',
  'math',
  'button',
  'label',
  'select',
  'textarea',
  'template',
  'summary',
  'abbr',
  'dfn',
]);
/** Classes whose subtree is skipped: the original notes stay as written; KaTeX; widgets. */
const SKIP_CLASSES = ['original-notes', 'katex', 'katex-display', 'cn-widget', 'sr-only', 'sl-anchor-link'];
/** Text is linked only inside these (prose), never directly in a div or section. */
const PROSE_TAGS = new Set(['p', 'li', 'td', 'dd', 'blockquote']);

function classList(node: Element): string[] {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

function skipped(node: Element): boolean {
  return SKIP_TAGS.has(node.tagName) || classList(node).some((c) => SKIP_CLASSES.includes(c));
}

/**
 * Links the first occurrence on a page of each glossary term in prose to `/glossary/#id`,
 * with `data-glossary` (the id) and `data-definition` for the pop-up script. With no
 * JavaScript these are plain links to the glossary. Partials (files starting with "_") are
 * skipped: they are rendered inside a page whose own prose links the terms.
 */
export function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  const matcher = createGlossaryMatcher(options.terms);
  const byId = new Map(options.terms.map((t) => [t.id, t]));
  const path = options.glossaryPath ?? '/glossary/';

  return (tree: Root, file?: { path?: string }) => {
    // Partials (`_demos-x.mdx`) render inside a page that already links its terms.
    if (file?.path && /(^|[\\/])_[^\\/]*$/.test(file.path)) return;
    const used = new Set<string>();

    const linkText = (text: Text): ElementContent[] | null => {
      const matches = matcher.find(text.value, used);
      if (matches.length === 0) return null;
      const out: ElementContent[] = [];
      let at = 0;
      for (const m of matches) {
        const term = byId.get(m.id);
        if (!term) continue;
        if (m.start > at) out.push({ type: 'text', value: text.value.slice(at, m.start) });
        out.push({
          type: 'element',
          tagName: 'a',
          properties: {
            href: `${path}#${m.id}`,
            className: ['glossary-term'],
            dataGlossary: m.id,
            dataTerm: term.term,
            dataDefinition: term.definition,
          },
          children: [{ type: 'text', value: text.value.slice(m.start, m.end) }],
        });
        used.add(m.id);
        at = m.end;
      }
      if (at < text.value.length) out.push({ type: 'text', value: text.value.slice(at) });
      return out;
    };

    const walk = (parent: Root | Element, inProse: boolean) => {
      const next: RootContent[] = [];
      let changed = false;
      for (const child of parent.children as RootContent[]) {
        if (child.type === 'text' && inProse) {
          const replaced = linkText(child);
          if (replaced) {
            next.push(...replaced);
            changed = true;
            continue;
          }
        } else if (child.type === 'element' && !skipped(child)) {
          walk(child, inProse || PROSE_TAGS.has(child.tagName));
        }
        next.push(child);
      }
      if (changed) (parent as Element).children = next as ElementContent[];
    };

    walk(tree, false);
  };
}
