/**
 * Reads a talk page's raw MDX body (frontmatter already removed) at build time, so session
 * plans, presenter notes and reading time are derived from the page itself: one source of truth.
 * Words are counted by the content check's rule (`countWords` from `@confnotes/content/words`).
 */
import { countWords } from '@confnotes/content/words';

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

/** One collapsible "Deep dive" block of a page, as {@link deepDives} finds it. */
export interface DeepDive {
  /** The block's summary line as plain text, e.g. "Deep dive: the DKW band". */
  summary: string;
  /** Words a reader reads inside the block (see {@link countWords}). */
  words: number;
}

/**
 * A deep dive is a `<details>` block whose `<summary>` text starts with "Deep dive" — the words a
 * reader sees on the folded block, so the rule is visible on the page. Blocks do not nest.
 */
const DEEP_DIVE = /<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>/g;

function isDeepDiveSummary(summaryMarkdown: string): boolean {
  return /^deep dive\b/i.test(plainInline(summaryMarkdown));
}

/**
 * The page's deep dives, in order: collapsed `<details>` blocks whose summary starts with "Deep dive".
 * @example deepDives('<details>\n<summary>Deep dive: JS</summary>\n\nTwo words.\n\n</details>') // [{ summary: 'Deep dive: JS', words: 2 }]
 */
export function deepDives(body: string): DeepDive[] {
  return [...body.matchAll(DEEP_DIVE)]
    .filter((m) => isDeepDiveSummary(m[1] ?? ''))
    .map((m) => ({ summary: plainInline(m[1] ?? ''), words: countWords(m[2] ?? '') }));
}

/**
 * The body without its deep dives (other `<details>` blocks stay), so a session plan can skip them.
 * @example withoutDeepDives('A\n<details><summary>Deep dive: x</summary>y</details>\nB') // 'A\n\nB'
 */
export function withoutDeepDives(body: string): string {
  return body.replace(DEEP_DIVE, (block: string, summary: string) => (isDeepDiveSummary(summary) ? '' : block));
}
