import { plainInline } from '../reading/markdown-sections';

/** One demo as the page's "Try it" section introduces it. */
export interface DemoIntro {
  /** The demo's name as written in bold, e.g. "Drift Lab". */
  name: string;
  /** What to do with it, from the words after the name; "" when the page says nothing. */
  how: string;
}

/** Trailing joiners between two bold names: ", a", ", and an", " and the". */
const JOINER = /(?:,?\s*(?:and\s+)?(?:a|an|the)?\s*)$/i;

function cleanHow(raw: string): string {
  let how = plainInline(raw).replace(JOINER, '').trim();
  how = how.replace(/[.,;:]+$/, '').trim();
  if (how.startsWith('(') && how.endsWith(')')) how = how.slice(1, -1).trim();
  how = how.replace(/^(?:that|which|to)\s+/i, '');
  return how.length > 0 ? how.charAt(0).toUpperCase() + how.slice(1) : '';
}

/**
 * The demos a "Try it" section introduces, in order: every **bold** name in its first
 * paragraph that mentions them, with the words that follow it up to the next bold name.
 * @example demoIntros('Two demos: a **Drift Lab** (shift a distribution), and a **holdout calculator**.')
 * // [{ name: 'Drift Lab', how: 'Shift a distribution' }, { name: 'holdout calculator', how: '' }]
 */
export function demoIntros(tryItMarkdown: string): DemoIntro[] {
  const paragraph = tryItMarkdown.split(/\n\s*\n/).find((p) => /\*\*[^*]+\*\*/.test(p)) ?? '';
  const bold = /\*\*([^*]+)\*\*/g;
  const marks = [...paragraph.matchAll(bold)];
  return marks.map((mark, i) => {
    const after = (mark.index ?? 0) + mark[0].length;
    const next = marks[i + 1]?.index ?? paragraph.length;
    const name = plainInline(mark[1] ?? '');
    return { name: name.charAt(0).toUpperCase() + name.slice(1), how: cleanHow(paragraph.slice(after, next)) };
  });
}
