import { parse as parseYaml } from 'yaml';

/**
 * Separates a leading YAML front matter block (`---` on the first line, a YAML mapping, then
 * `---`) from the notes. This is the importer's rule (micromark-extension-frontmatter: both
 * fences are `---`; YAML's `...` end marker does not close it), so the site never hides text the
 * importer kept as notes. Anything else that starts with `---` — a thematic break followed by
 * text — stays in the body.
 * @example splitFrontMatter('---\ntitle: Day 1\n---\n# Day 1\n').body // '# Day 1\n'
 */
export function splitFrontMatter(markdown: string): { frontMatter: string; body: string } {
  const match = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!match) return { frontMatter: '', body: markdown };
  try {
    const data: unknown = parseYaml(match[1] ?? '');
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return { frontMatter: '', body: markdown };
  } catch {
    return { frontMatter: '', body: markdown };
  }
  return { frontMatter: match[0], body: markdown.slice(match[0].length) };
}
