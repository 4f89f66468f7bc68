import { countWords } from '@confnotes/content/words';
import {
  type DeepDive,
  deepDives,
  sectionMarkdown,
  topLevelListItems,
  withoutDeepDives,
} from '../reading/markdown-sections';
import { readingMinutes } from '../reading/reading-time';
import { type DemoIntro, demoIntros } from './demos';

/** Minutes a team spends on one demo: someone drives, everyone predicts, then compares. */
export const MINUTES_PER_DEMO = 5;
/** Minutes of discussion per question in the page's "Discuss" section. */
export const MINUTES_PER_QUESTION = 4;
/** The longest session a talk's plan may need: one meeting slot. */
export const SESSION_LIMIT_MINUTES = 45;
/** A session on a page at stage `notes` (no Discuss questions yet) is one slot of this length. */
export const NOTES_SESSION_MINUTES = SESSION_LIMIT_MINUTES;
/** In that slot, at least this long goes to open discussion, however long the notes are. */
export const NOTES_MIN_DISCUSSION_MINUTES = 15;

/** What a page shows besides its MDX body. */
export interface PageExtras {
  /** The notes file shown under "The notes" (Markdown), if any. */
  notes?: string;
  /** The page's stage; `notes` plans one 45-minute slot. */
  stage?: 'notes' | 'explained' | 'complete';
}

/**
 * Everything a facilitator needs for one talk, derived from the talk page's Markdown. The
 * session walks through the page without its deep dives (see `deepDives` in markdown-sections).
 */
export interface SessionPlan {
  /** Words the session walks through (prose, lists, tables, the notes; no code, maths or deep dives). */
  words: number;
  /** Walk-through time at READING_WORDS_PER_MINUTE (reading-time.ts). */
  readingMinutes: number;
  /** Minutes the session spends walking through the page (all of it, or at stage notes up to 30). */
  walkMinutes: number;
  /** The page's "Deep dive" blocks, left for reading after the session. */
  deepDives: DeepDive[];
  /** Reading time of the deep dives together; 0 when there are none. */
  deepDiveMinutes: number;
  /** Words of the whole page, deep dives included. */
  pageWords: number;
  /** Reading time of the whole page, deep dives included (the page's "min read"). */
  pageReadingMinutes: number;
  /** The demos "Try it" introduces, in the order to run them. */
  demos: DemoIntro[];
  demoMinutes: number;
  /** The "Discuss" questions, as plain text. */
  questions: string[];
  discussionMinutes: number;
  /** Reading together + demos + discussion, rounded up to 5 minutes. */
  totalMinutes: number;
  /** Reading + demos: the time one person needs alone (used by the onboarding path). */
  selfStudyMinutes: number;
}

/**
 * A session plan for a talk page. At stage `notes` the session is one 45-minute slot: walk
 * through the notes (at most 30 minutes of them) and discuss for the rest.
 * @param body the page's raw MDX body (no frontmatter)
 * @param extras what else the page shows: its notes file and its stage
 * @example sessionPlan('## Try it\n\nA **Drift Lab** (shift it).\n\n## Discuss\n\n1. Why?').demos[0].name // 'Drift Lab'
 */
export function sessionPlan(body: string, extras: PageExtras = {}): SessionPlan {
  const walked = withoutDeepDives(body);
  const words = countWords(walked) + countWords(extras.notes ?? '');
  const reading = readingMinutes(words);
  const dives = deepDives(body);
  const diveWords = dives.reduce((sum, dive) => sum + dive.words, 0);
  const demos = demoIntros(sectionMarkdown(walked, 'Try it'));
  const questions = topLevelListItems(sectionMarkdown(walked, 'Discuss'));
  const demoMinutes = demos.length * MINUTES_PER_DEMO;
  const page = {
    words,
    readingMinutes: reading,
    deepDives: dives,
    deepDiveMinutes: dives.length === 0 ? 0 : readingMinutes(diveWords),
    pageWords: words + diveWords,
    pageReadingMinutes: readingMinutes(words + diveWords),
    demos,
    demoMinutes,
    questions,
    selfStudyMinutes: reading + demoMinutes,
  };
  if (extras.stage === 'notes') {
    const walk = Math.max(0, Math.min(reading, NOTES_SESSION_MINUTES - NOTES_MIN_DISCUSSION_MINUTES - demoMinutes));
    return {
      ...page,
      walkMinutes: walk,
      discussionMinutes: NOTES_SESSION_MINUTES - walk - demoMinutes,
      totalMinutes: NOTES_SESSION_MINUTES,
    };
  }
  const discussionMinutes = questions.length * MINUTES_PER_QUESTION;
  return {
    ...page,
    walkMinutes: reading,
    discussionMinutes,
    totalMinutes: Math.ceil((reading + demoMinutes + discussionMinutes) / 5) * 5,
  };
}

/** "1 h 25 min", "45 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/**
 * The one-line summary under an onboarding step: "Step 2 of 5 · about 29 min (14 min reading, 3 demos)".
 * @example stepMeta(1, 5, { selfStudyMinutes: 19, readingMinutes: 14, demos: [demo] }) // 'Step 1 of 5 · about 19 min (14 min reading, 1 demo)'
 */
export function stepMeta(
  number: number,
  of: number,
  plan: Pick<SessionPlan, 'selfStudyMinutes' | 'readingMinutes' | 'demos'>,
): string {
  const n = plan.demos.length;
  const demos = n === 0 ? '' : `, ${n} demo${n === 1 ? '' : 's'}`;
  return `Step ${number} of ${of} · about ${formatMinutes(plan.selfStudyMinutes)} (${plan.readingMinutes} min reading${demos})`;
}
