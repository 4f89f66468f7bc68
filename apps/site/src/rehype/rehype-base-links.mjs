// Lets content authors write root-relative links ("/glossary/") that keep working when the
// site is served under a sub-path (SITE_BASE): every root-relative href/src gets the base prefix.
import { visit } from 'unist-util-visit';

/**
 * @param {{ base: string }} options base path, always starting and ending with "/"
 */
export function rehypeBaseLinks({ base }) {
  const prefix = base.replace(/\/$/, '');
  /** @param {string} url */
  const rewrite = (url) =>
    prefix && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${prefix}/`) ? prefix + url : url;
  return (/** @type {import('hast').Root} */ tree) => {
    if (!prefix) return;
    visit(tree, 'element', (node) => {
      const props = node.properties ?? {};
      for (const key of ['href', 'src']) {
        const value = props[key];
        if (typeof value === 'string') props[key] = rewrite(value);
      }
    });
  };
}
