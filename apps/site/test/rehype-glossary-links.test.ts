import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { parseGlossaryTerms } from '../src/glossary/glossary-terms';
import { rehypeGlossaryLinks } from '../src/rehype/rehype-glossary-links';

const terms = parseGlossaryTerms(`
- id: slo
  term: SLO (service level objective)
  aliases: [SLOs]
  definition: A target for how often a service must be good enough.
  explainedAt: /x/
- id: psi
  term: PSI (population stability index)
  definition: A binned drift score.
  explainedAt: /x/
`);

const el = (tagName: string, children: Element['children'], className?: string[]): Element => ({
  type: 'element',
  tagName,
  properties: className ? { className } : {},
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });

function links(tree: Root): Array<{ text: string; href: unknown; id: unknown }> {
  const out: Array<{ text: string; href: unknown; id: unknown }> = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a' && child.properties?.dataGlossary) {
        const first = child.children[0];
        out.push({
          text: first?.type === 'text' ? first.value : '',
          href: child.properties.href,
          id: child.properties.dataGlossary,
        });
      }
      walk(child);
    }
  };
  walk(tree);
  return out;
}

describe('rehypeGlossaryLinks', () => {
  it('links the first prose mention per page, skipping headings, code, links and the original notes', () => {
    const tree: Root = {
      type: 'root',
      children: [
        el('h2', [text('Our SLO and PSI')]),
        el('div', [el('p', [text('The notes say SLO and PSI.')])], ['original-notes']),
        el('p', [el('code', [text('SLO')]), text(' '), el('a', [text('SLO')])]),
        el('p', [text('Set an SLO, then another SLO.')]),
        el('ul', [el('li', [text('PSI grows on small samples.')])]),
        el('p', [text('PSI again.')]),
      ],
    };
    rehypeGlossaryLinks({ terms })(tree);
    expect(links(tree)).toEqual([
      { text: 'SLO', href: '/glossary/#slo', id: 'slo' },
      { text: 'PSI', href: '/glossary/#psi', id: 'psi' },
    ]);
  });
  it('carries the term and definition for the pop-up and keeps the surrounding text', () => {
    const p = el('p', [text('Set an SLO now.')]);
    rehypeGlossaryLinks({ terms })({ type: 'root', children: [p] });
    expect(p.children.map((c) => (c.type === 'text' ? c.value : `[${(c as Element).properties?.dataTerm}]`))).toEqual([
      'Set an ',
      '[SLO (service level objective)]',
      ' now.',
    ]);
    expect((p.children[1] as Element).properties?.dataDefinition).toBe(
      'A target for how often a service must be good enough.',
    );
  });
  it('skips MDX partials (files starting with "_"), which render inside a page', () => {
    const p = el('p', [text('An SLO.')]);
    rehypeGlossaryLinks({ terms })({ type: 'root', children: [p] }, { path: '/c/srecon/_demos-ml.mdx' });
    expect(p.children).toEqual([text('An SLO.')]);
    rehypeGlossaryLinks({ terms })({ type: 'root', children: [p] }, { path: '/c/srecon/ml.mdx' });
    expect(p.children).toHaveLength(3);
  });
  it('ignores text outside prose blocks', () => {
    const div = el('div', [text('SLO')]);
    rehypeGlossaryLinks({ terms })({ type: 'root', children: [div] });
    expect(div.children).toEqual([text('SLO')]);
  });
});
