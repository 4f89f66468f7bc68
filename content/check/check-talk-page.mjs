import { countWords } from './count-words.mjs';

/** h2 sections every talk page must have, in the site's order. */
export const requiredSections = Object.freeze([
  'The notes',
  'In short',
  'Try it',
  'Discuss',
  'Apply it',
  'Further reading',
]);

/** Frontmatter fields every talk page must have (`speakers: []` counts as present). */
export const requiredFields = Object.freeze([
  'title',
  'description',
  'conference',
  'day',
  'date',
  'speakers',
  'links',
  'tags',
  'summary',
]);

/** The line the widget engineers replace with (or follow by) demo components. */
export const demosMarker = '{/* demos */}';

/**
 * @typedef {object} TalkPageRules
 * @property {number} minWords       minimum words of explanation outside the notes block
 * @property {boolean} requireDemos  whether "Try it" must already contain a component
 */

/**
 * Checks the structure of one talk page: frontmatter fields, required h2 sections, the notes
 * block, length, and the "Try it" demos.
 *
 * @param {import('./parse-page.mjs').ParsedPage} page
 * @param {TalkPageRules} rules
 * @returns {string[]} problems, without the file name
 * @example
 * checkTalkPage(parsePage(source), { minWords: 1500, requireDemos: false }); // [] for a complete page
 */
export function checkTalkPage(page, rules) {
  /** @type {string[]} */
  const problems = [];
  const data = page.frontmatter ?? {};
  for (const field of requiredFields) {
    if (data[field] === undefined || data[field] === null) problems.push(`frontmatter lacks "${field}"`);
  }
  for (const section of requiredSections) {
    if (!page.sections.has(section)) problems.push(`lacks the h2 section "## ${section}"`);
  }

  const notes = page.sections.get('The notes');
  if (notes !== undefined && !notes.includes('<div class="original-notes">')) {
    problems.push('"The notes" has no <div class="original-notes"> block with the verbatim notes');
  }

  const words = countWords(page.body);
  if (words < rules.minWords) {
    problems.push(`has ${words} words outside the notes block; a talk page needs at least ${rules.minWords}`);
  }

  const tryIt = page.sections.get('Try it');
  if (tryIt !== undefined) {
    const markerAt = tryIt.indexOf(demosMarker);
    const afterMarker = markerAt === -1 ? tryIt : tryIt.slice(markerAt + demosMarker.length);
    const hasComponent = /<[A-Z][\w.]*[\s/>]/.test(afterMarker);
    if (!hasComponent && markerAt === -1) {
      problems.push(`"Try it" has neither a demo component nor the ${demosMarker} marker line`);
    } else if (!hasComponent && rules.requireDemos) {
      problems.push(`"Try it" has no demo component after the ${demosMarker} marker (CONFNOTES_REQUIRE_DEMOS=1)`);
    }
  }
  return problems;
}
