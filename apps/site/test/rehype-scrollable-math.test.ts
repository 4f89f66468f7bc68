import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeScrollableMath } from '../src/rehype/rehype-scrollable-math.mjs';

const el = (tagName: string, className: string[], children: Element[] = []): Element => ({
  type: 'element',
  tagName,
  properties: { className },
  children,
});

describe('rehypeScrollableMath', () => {
  it('wraps each display formula in a focusable, named scroll box and leaves inline math alone', () => {
    const display = el('span', ['katex-display']);
    const inline = el('span', ['katex']);
    const tree: Root = { type: 'root', children: [el('p', [], [inline]), display] };
    rehypeScrollableMath()(tree);
    const wrapper = tree.children[1] as Element;
    expect(wrapper.tagName).toBe('div');
    expect(wrapper.properties).toMatchObject({ className: ['math-scroll'], tabIndex: 0, role: 'group' });
    expect(wrapper.children[0]).toBe(display);
    expect((tree.children[0] as Element).children[0]).toBe(inline);
  });
});
