import { countWords } from './count-words.mjs';
import { talkStages as stages } from './stages.mjs';

/** @typedef {import('./stages.mjs').TalkStage} Stage */

/** Frontmatter a talk page needs at stage `notes` (what the importer writes). */
export const notesFields = Object.freeze(['title', 'conference']);

/** Frontmatter a talk page needs from stage `explained` on (`speakers: []` counts as present). */
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

/** h2 sections a talk page needs from stage `explained` on, besides its own explainer sections. */
export const explainedSections = Object.freeze(['In short', 'Discuss', 'Apply it', 'Further reading']);

/** h2 sections that are not explainers: the fixed frame of a talk page. */
const frameSections = new Set([...explainedSections, 'Try it', 'The notes', 'Who gave this talk']);

/** The line the widget engineers replace with (or follow by) demo components. */
export const demosMarker = '{/* demos */}';

/**
 * @typedef {object} TalkPageRules
 * @property {number} minWords       minimum words of the MDX body (the notes are not in it)
 * @property {string | null} notesFile  the page's notes file ("notes/<slug>.md") when it exists
 */

/**
 * The stage a talk page's frontmatter claims; `notes` when it claims none.
 * @param {import('./parse-page.mjs').ParsedPage} page
 * @returns {Stage | null} null when `stage` is set to something that is not a stage
 */
export function claimedStage(page) {
  const value = page.frontmatter?.stage ?? 'notes';
  return stages.includes(value) ? value : null;
}

/**
 * What a talk page lacks to be at `stage`: the requirements of that stage and every stage
 * before it, each as a sentence. Empty when the page meets them all.
 *
 * @param {import('./parse-page.mjs').ParsedPage} page
 * @param {Stage} stage
 * @param {TalkPageRules} rules
 * @returns {string[]}
 * @example
 * missingForStage(parsePage(source), 'notes', { minWords: 1500, notesFile: 'notes/x.md' }); // [] for an imported page
 */
export function missingForStage(page, stage, rules) {
  const level = stages.indexOf(stage);
  const data = page.frontmatter ?? {};
  /** @type {string[]} */
  const missing = [];
  const fields = level >= 1 ? requiredFields : notesFields;
  for (const field of fields) {
    if (data[field] === undefined || data[field] === null) missing.push(`frontmatter lacks "${field}"`);
  }
  if (rules.notesFile === null) missing.push('has no notes file (notes/<slug>.md beside the page)');
  if (level < 1) return missing;

  for (const section of explainedSections) {
    if (!page.sections.has(section)) missing.push(`lacks the h2 section "## ${section}"`);
  }
  if (![...page.sections.keys()].some((heading) => !frameSections.has(heading))) {
    missing.push(
      'has no explainer section (an h2 of its own besides In short, Try it, Discuss, Apply it, Further reading)',
    );
  }
  const words = countWords(page.body);
  if (words < rules.minWords) {
    missing.push(`has ${words} words of its own (the notes not counted); needs at least ${rules.minWords}`);
  }
  if (level < 2) return missing;

  const tryIt = page.sections.get('Try it');
  if (tryIt === undefined) missing.push('lacks the h2 section "## Try it" with at least one demo');
  else {
    const markerAt = tryIt.indexOf(demosMarker);
    const afterMarker = markerAt === -1 ? tryIt : tryIt.slice(markerAt + demosMarker.length);
    if (!/<[A-Z][\w.]*[\s/>]/.test(afterMarker)) missing.push('"Try it" embeds no demo component');
  }
  return missing;
}

/**
 * Checks one talk page against the stage it claims: the problems that fail the build.
 *
 * @param {import('./parse-page.mjs').ParsedPage} page
 * @param {TalkPageRules} rules
 * @returns {string[]} problems, without the file name
 * @example
 * checkTalkPage(parsePage(source), { minWords: 1500, notesFile: 'notes/x.md' }); // [] when the page is what it claims
 */
export function checkTalkPage(page, rules) {
  const stage = claimedStage(page);
  if (stage === null) {
    return [`frontmatter "stage" must be one of ${stages.join(', ')} (got ${JSON.stringify(page.frontmatter?.stage)})`];
  }
  const problems = missingForStage(page, stage, rules).map((p) => `${p} (stage ${stage})`);
  if (rules.notesFile !== null && page.sections.has('The notes')) {
    problems.push(`has its own "## The notes" section; the site shows ${rules.notesFile} there, so remove it`);
  }
  return problems;
}

/**
 * What a talk page still needs for the stage after the one it claims, as one sentence for the
 * check's output (information, not a failure); null when it is `complete` or claims no valid stage.
 *
 * @param {import('./parse-page.mjs').ParsedPage} page
 * @param {TalkPageRules} rules
 * @returns {string | null}
 */
export function nextStageNeeds(page, rules) {
  const stage = claimedStage(page);
  if (stage === null || stage === 'complete') return null;
  const next = stages[stages.indexOf(stage) + 1];
  const own = new Set(missingForStage(page, stage, rules));
  const needs = missingForStage(page, next, rules).filter((item) => !own.has(item));
  const what = needs.length === 0 ? `nothing more than "stage: ${next}"` : needs.join('; ');
  return `stage ${stage}; for ${next} it needs: ${what}`;
}
