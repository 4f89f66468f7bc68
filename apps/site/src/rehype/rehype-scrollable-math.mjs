// Wide display formulas must not make a phone-width page scroll sideways (WCAG 1.4.10).
// Each display formula gets its own horizontal scroll box; since a scroll box has to be
// reachable by keyboard (axe: scrollable-region-focusable), it is a focusable, named group.
/** @returns {(tree: import('hast').Root) => void} */
export function rehypeScrollableMath() {
  return (tree) => {
    /** @param {import('hast').Parents} parent */
    const walk = (parent) => {
      parent.children.forEach((child, index) => {
        if (child.type !== 'element') return;
        const classes = child.properties?.className;
        if (Array.isArray(classes) && classes.includes('katex-display')) {
          parent.children[index] = {
            type: 'element',
            tagName: 'div',
            properties: {
              className: ['math-scroll'],
              tabIndex: 0,
              role: 'group',
              ariaLabel: 'Formula (scrolls sideways on narrow screens)',
            },
            children: [child],
          };
          return;
        }
        walk(child);
      });
    };
    walk(tree);
  };
}
