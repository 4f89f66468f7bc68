import type { CollectionEntry } from 'astro:content';
import { notesForPage } from '../notes/page-notes';
import { type SessionPlan, sessionPlan } from './session-plan';

/** The session plan of a talk page as readers see it: its body, its notes file, its stage. */
export async function talkSessionPlan(entry: CollectionEntry<'docs'>): Promise<SessionPlan> {
  const notes = await notesForPage(entry);
  return sessionPlan(entry.body ?? '', { notes: notes?.body ?? '', stage: entry.data.stage });
}
