/**
 * Reads a talk page's raw MDX body (frontmatter already removed) at build time, so session
 * plans, presenter notes and reading time are derived from the page itself: one source of truth.
 */

/** The raw Markdown of the `## <heading>` section, up to the next `## ` heading; "" if absent. */
export function sectionMarkdown(body: string, heading: string): string {
  const lines = body.split(/\r?\n/);
  const wanted = heading.trim().toLowerCase();
  const out: string[] = [];
  let inside = false;
  let fence: string | null = null;
  for (const line of lines) {
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
    }
    const h2 = fence === null && !fenceMatch ? /^##\s+(.+?)\s*#*\s*$/.exec(line) : null;
    if (h2?.[1] !== undefined) {
      if (inside) break;
      inside = h2[1].trim().toLowerCase() === wanted;
      continue;
    }
    if (inside) out.push(line);
  }
  return out.join('\n').trim();
}

/** Removes Markdown emphasis, inline code ticks and link targets: "**a** [b](c)" → "a b". */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?![\w*])/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The top-level items of the first list in a section ("1. …" or "- …"), as plain text.
 * Continuation lines are joined to their item; nested items are dropped.
 */
export function topLevelListItems(markdown: string): string[] {
  const items: string[] = [];
  let current: string[] | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const start = /^(?:\d+[.)]|[-*+])\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(line);
    if (start) {
      if (current) items.push(plainInline(current.join(' ')));
      current = [start[1] ?? ''];
    } else if (current && /^\s{2,}\S/.test(line) && !/^\s+(?:\d+[.)]|[-*+])\s/.test(line)) {
      current.push(line.trim());
    } else if (current && line.trim() === '') {
      // a blank line may separate loose list items; keep collecting
    } else if (current && !/^\s/.test(line)) {
      items.push(plainInline(current.join(' ')));
      current = null;
      if (items.length > 0) break;
    }
  }
  if (current) items.push(plainInline(current.join(' ')));
  return items.filter((item) => item.length > 0);
}

/**
 * Counts the words a reader reads: prose, lists and tables. Skips import/export lines, MDX
 * comments and JSX tags, fenced code and display maths.
 */
export function countWords(body: string): number {
  const text = body
    .replace(/^(```+|~~~+)[\s\S]*?^\1\s*$/gm, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}
