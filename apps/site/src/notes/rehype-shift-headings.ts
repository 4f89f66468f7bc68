import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h([1-6])$/;

/**
 * Nests a notes file's headings below the page's h2 "The notes": the shallowest heading in
 * the tree becomes `top` (h3 by default) and deeper ones keep their distance, capped at h6.
 * @example `# A` + `### B` → `<h3>A</h3>` + `<h5>B</h5>`
 */
export function rehypeShiftHeadings(options: { top?: number } = {}) {
  const top = options.top ?? 3;
  return (tree: Root) => {
    let shallowest = 7;
    visit(tree, 'element', (node) => {
      const match = HEADING.exec(node.tagName);
      if (match) shallowest = Math.min(shallowest, Number(match[1]));
    });
    if (shallowest === 7) return;
    visit(tree, 'element', (node) => {
      const match = HEADING.exec(node.tagName);
      if (match) node.tagName = `h${Math.min(6, Number(match[1]) - shallowest + top)}`;
    });
  };
}
