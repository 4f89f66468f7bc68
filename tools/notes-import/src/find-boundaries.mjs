// @ts-check
import { toString as nodeText } from 'mdast-util-to-string';
import { dayHeading } from './day-heading.mjs';
import { cleanTitle, headingText } from './heading-text.mjs';
import { isOtherSection } from './section-kinds.mjs';
import { detectTalkLevel } from './talk-level.mjs';

/**
 * @typedef {import('./talk-level.mjs').HeadingInfo} HeadingInfo
 * @typedef {import('./day-heading.mjs').DayHeading} DayHeading
 */

/**
 * A line where a new part of the notes starts.
 * @typedef {object} Boundary
 * @property {number} line  1-based line the part starts on
 * @property {'talk' | 'other' | 'day'} kind
 * @property {string} title  heading or bold-title text ('' for a placeholder with nothing yet)
 * @property {'heading' | 'break'} from  a heading, or a `---` followed by a bold title line
 * @property {DayHeading} [day]  for `kind: 'day'`
 * @property {boolean} [documentTitle]  a lone heading above the talks that titles the file
 */

/**
 * Lists the root-level headings of a notes tree with their kind. Headings inside code fences,
 * lists or quotes are not root-level, so they never count.
 * @param {import('mdast').Root} tree
 * @returns {Array<HeadingInfo & { day: DayHeading | null }>}
 */
export function rootHeadings(tree) {
  const headings = tree.children.flatMap((node) => {
    if (node.type !== 'heading') return [];
    const title = headingText(node);
    return [{ depth: node.depth, line: node.position?.start.line ?? 1, title, day: dayHeading(title) }];
  });
  // Day headings are the shallowest day-named ones: `## Monday lessons` under `# Day 1` is a talk.
  const dayDepth = Math.min(...headings.filter((h) => h.day).map((h) => h.depth));
  return headings.map((h) => {
    const day = h.day && h.depth === dayDepth ? h.day : null;
    /** @type {HeadingInfo['kind']} */
    const kind = day ? 'day' : isOtherSection(h.title) ? 'other' : 'candidate';
    return { ...h, kind, day };
  });
}

/**
 * Where talks, day headings and other sections start. Headings at the talk level (detected, or
 * `talkLevel`) or above start a part; deeper ones stay inside it. A lone heading above the talk
 * level before the first talk is a title and goes to the other notes. With no talk heading at
 * all, a `---` followed by a bold title line starts a talk.
 *
 * @param {import('mdast').Root} tree
 * @param {{ talkLevel?: number | undefined, oneTalkPerFile?: boolean }} options
 * @returns {{ talkLevel: number | null, boundaries: Boundary[] }}
 */
export function findBoundaries(tree, options) {
  const headings = rootHeadings(tree);
  const level = options.talkLevel ?? detectTalkLevel(headings, { oneTalkPerFile: options.oneTalkPerFile ?? false });
  const dayOrOther = headings.filter((h) => h.kind !== 'candidate');
  if (level === null || !headings.some((h) => h.kind === 'candidate' && h.depth <= level)) {
    const breaks = boldTitleBreaks(tree);
    const sections = dayOrOther.filter((h) => level === null || h.depth <= level);
    return { talkLevel: level, boundaries: sortByLine([...breaks, ...sections.map(headingBoundary)]) };
  }
  const firstTalkLine = headings.find((h) => h.kind === 'candidate' && h.depth === level)?.line ?? 0;
  const boundaries = headings
    .filter((h) => h.depth <= level)
    .map((h) => {
      const boundary = headingBoundary(h);
      if (h.kind === 'candidate' && h.depth < level && h.line < firstTalkLine)
        return { ...boundary, kind: 'other', documentTitle: true };
      return boundary;
    });
  return { talkLevel: level, boundaries: /** @type {Boundary[]} */ (boundaries) };
}

/**
 * @param {HeadingInfo & { day: DayHeading | null }} h
 * @returns {Boundary}
 */
function headingBoundary(h) {
  const kind = h.kind === 'candidate' ? 'talk' : h.kind;
  return { line: h.line, kind, title: h.title, from: 'heading', ...(h.day ? { day: h.day } : {}) };
}

/**
 * `---` lines directly followed by a paragraph that opens with a bold title line.
 * @param {import('mdast').Root} tree
 * @returns {Boundary[]}
 */
function boldTitleBreaks(tree) {
  return tree.children.flatMap((node, i) => {
    const next = tree.children[i + 1];
    if (node.type !== 'thematicBreak' || next?.type !== 'paragraph') return [];
    const title = boldFirstLine(next);
    return title ? [{ line: node.position?.start.line ?? 1, kind: 'talk', title, from: 'break' }] : [];
  });
}

/**
 * The text of a paragraph's leading `**bold**` / `__bold__` when it fills the first line.
 * @param {import('mdast').Paragraph} paragraph
 * @returns {string | null}
 */
export function boldFirstLine(paragraph) {
  const [first, second] = paragraph.children;
  if (first?.type !== 'strong') return null;
  if (second && !(second.type === 'text' && /^[ \t]*[:.]?[ \t]*(?:\r?\n|\r|$)/.test(second.value))) return null;
  return cleanTitle(nodeText(first, { includeHtml: false })) || null;
}

/**
 * @template {{ line: number }} T
 * @param {T[]} items
 */
function sortByLine(items) {
  return [...items].sort((a, b) => a.line - b.line);
}
