// GFM task lists ("- [ ] step") render disabled checkboxes without a label, which screen
// readers announce as "checkbox, unlabelled". Give each one the text of its list item.
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export function rehypeTaskListLabels() {
  return (/** @type {import('hast').Root} */ tree) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties?.className;
      if (node.tagName !== 'li' || !Array.isArray(classes) || !classes.includes('task-list-item')) return;
      const label = hastToString(node).trim().replace(/\s+/g, ' ').slice(0, 200);
      for (const child of node.children) {
        if (child.type === 'element' && child.tagName === 'input') {
          child.properties = { ...child.properties, ariaLabel: label || 'Checklist item' };
        } else if (child.type === 'element' && child.tagName === 'p') {
          for (const inner of child.children) {
            if (inner.type === 'element' && inner.tagName === 'input') {
              inner.properties = { ...inner.properties, ariaLabel: label || 'Checklist item' };
            }
          }
        }
      }
    });
  };
}
