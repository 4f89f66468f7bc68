// @ts-check
import { cleanTitle } from './heading-text.mjs';

/**
 * The first title-like line of a talk's notes, for a placeholder heading: `__Topic__: X`,
 * `**Title:** X`, `Topic: X`, or a line that is only bold text (`**X**`). Looks at the first ten
 * non-blank lines after the heading.
 * @example titleInBody('\n__Topic__: Chaos at scale\n') // 'Chaos at scale'
 * @param {string} body  the talk's notes after its heading line
 * @returns {string | null}
 */
export function titleInBody(body) {
  const lines = body
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 10);
  for (const line of lines) {
    const labelled =
      /^\s*(?:\*\*|__)?(?:topic|title|talk)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+?)\s*(?:\*\*|__)?\s*$/i.exec(line);
    if (labelled?.[1]) return cleanTitle(labelled[1]);
    const bold = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*$/.exec(line);
    if (bold?.[1]) return cleanTitle(bold[1]);
  }
  return null;
}

/**
 * A title from a file name: `kubecon-day-1.md` → `kubecon day 1`.
 * @param {string} fileName
 */
export function titleFromFileName(fileName) {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(?:md|markdown|mdown|txt)$/i, '');
  return base.replace(/[-_]+/g, ' ').trim() || base;
}
