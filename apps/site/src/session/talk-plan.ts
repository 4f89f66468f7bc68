import type { CollectionEntry } from 'astro:content';
import { notesForPage } from '../notes/page-notes';
import { type SessionPlan, sessionPlan } from './session-plan';

/** Plans already made, by everything a plan depends on: a talk page, its deck and its plan page share one. */
const plans = new Map<string, SessionPlan>();

/** The session plan of a talk page as readers see it: its body, its notes file, its stage. */
export async function talkSessionPlan(entry: CollectionEntry<'docs'>): Promise<SessionPlan> {
  const notes = (await notesForPage(entry))?.body ?? '';
  const body = entry.body ?? '';
  const { stage } = entry.data;
  const key = JSON.stringify([stage, body, notes]);
  let plan = plans.get(key);
  if (!plan) {
    plan = sessionPlan(body, { notes, stage });
    plans.set(key, plan);
  }
  return plan;
}
