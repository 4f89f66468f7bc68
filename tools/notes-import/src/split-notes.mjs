// @ts-check
import { findBoundaries } from './find-boundaries.mjs';
import { lineStarts } from './line-starts.mjs';
import { frontMatterFields, parseNotes } from './parse-blocks.mjs';
import { titleFromFileName, titleInBody } from './placeholder-title.mjs';
import { isPlaceholder } from './section-kinds.mjs';
import { speakersInBody, titleAndSpeakers } from './speakers.mjs';

/**
 * @typedef {import('./speakers.mjs').Speaker} Speaker
 * @typedef {{ day: number, date?: string, label: string }} Day
 */

/**
 * One contiguous piece of an input file: a talk's notes, or notes that are not a talk.
 * @typedef {object} Part
 * @property {'talk' | 'other'} kind
 * @property {number} firstLine  1-based, inclusive
 * @property {number} lastLine  1-based, inclusive
 * @property {string} text  the exact characters of those lines, line endings included
 * @property {string} title  the talk's title ('' for other notes)
 * @property {Speaker[]} speakers
 * @property {Day | undefined} day  the day heading above the talk, if any
 */

/**
 * @typedef {object} SplitResult
 * @property {Part[]} parts  in input order; their texts concatenate to the input
 * @property {Day[]} days  the day headings, in order
 * @property {{ title?: string, date?: string }} frontMatter
 * @property {string | undefined} documentTitle  a lone title heading above the talks
 * @property {number | null} talkLevel
 * @property {import('mdast').Root} tree
 */

/**
 * Cuts notes into talks and other notes at heading (or bold-title break) lines, copying the
 * characters between the cuts as they are. Pure: no file access.
 *
 * @param {string} text  the whole input file
 * @param {{ fileName: string, talkLevel?: number | undefined, oneTalkPerFile?: boolean }} options
 * @returns {SplitResult}
 */
export function splitNotes(text, options) {
  const { tree, frontMatter } = parseNotes(text);
  const { talkLevel, boundaries } = findBoundaries(tree, options);
  const starts = lineStarts(text);
  const sliceLines = (/** @type {number} */ first, /** @type {number} */ last) =>
    text.slice(starts[first - 1] ?? text.length, starts[last] ?? text.length);
  const cuts = boundaries.filter((b) => b.line > (frontMatter?.lastLine ?? 0));
  /** @type {Part[]} */
  const parts = [];
  /** @type {Day[]} */
  const days = [];
  /** @type {Day | undefined} */
  let day;
  const firstCut = cuts[0]?.line ?? starts.length + 1;
  if (firstCut > 1) parts.push(otherPart(1, firstCut - 1, sliceLines(1, firstCut - 1)));
  cuts.forEach((cut, i) => {
    const lastLine = (cuts[i + 1]?.line ?? starts.length + 1) - 1;
    const partText = sliceLines(cut.line, lastLine);
    if (cut.kind === 'day' && cut.day) {
      day = {
        day: cut.day.day ?? days.length + 1,
        label: cut.day.label,
        ...(cut.day.date ? { date: cut.day.date } : {}),
      };
      days.push(day);
    }
    if (cut.kind !== 'talk') {
      parts.push(otherPart(cut.line, lastLine, partText));
      return;
    }
    const body = cut.from === 'heading' ? partText.replace(/^[^\r\n]*(?:\r\n|\r|\n)?/, '') : partText;
    parts.push({
      kind: 'talk',
      firstLine: cut.line,
      lastLine,
      text: partText,
      day,
      ...talkTitle(cut.title, body, options.fileName),
    });
  });
  const documentTitle = boundaries.find((b) => b.documentTitle)?.title;
  return {
    parts: mergeOther(parts),
    days,
    frontMatter: frontMatterFields(frontMatter),
    documentTitle,
    talkLevel,
    tree,
  };
}

/**
 * @param {string} headingTitle
 * @param {string} body
 * @param {string} fileName
 * @returns {{ title: string, speakers: Speaker[] }}
 */
function talkTitle(headingTitle, body, fileName) {
  const fromHeading = isPlaceholder(headingTitle) ? null : titleAndSpeakers(headingTitle);
  const title = fromHeading?.title ?? titleInBody(body) ?? titleFromFileName(fileName);
  const speakers = fromHeading?.speakers.length ? fromHeading.speakers : speakersInBody(body);
  return { title, speakers };
}

/**
 * @param {number} firstLine
 * @param {number} lastLine
 * @param {string} text
 * @returns {Part}
 */
function otherPart(firstLine, lastLine, text) {
  return { kind: 'other', firstLine, lastLine, text, title: '', speakers: [], day: undefined };
}

/**
 * Joins neighbouring other-notes parts into one (a day heading directly followed by takeaways).
 * @param {Part[]} parts
 */
function mergeOther(parts) {
  /** @type {Part[]} */
  const merged = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'other' && part.kind === 'other') {
      merged[merged.length - 1] = { ...last, lastLine: part.lastLine, text: last.text + part.text };
    } else merged.push(part);
  }
  return merged;
}
