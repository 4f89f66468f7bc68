// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { sha256 } from './build-plan.mjs';
import { ImportInputError } from './errors.mjs';
import { pageFile } from './page-file.mjs';

/**
 * @typedef {import('./build-plan.mjs').Plan} Plan
 * @typedef {import('./build-plan.mjs').Manifest} Manifest
 * @typedef {{ path: string, text: string, why: 'new' | 'changed' | 'incoming' | 'manifest' }} FileWrite
 * @typedef {{ writes: FileWrite[], unchanged: string[], kept: string[], gone: string[] }} Actions
 */

/**
 * Decides what to write, following docs/content-layout.md: pages and the conference page only
 * when missing (new ones as `.md`, see {@link pageFile}); a notes file when new or changed and not edited by the team since the
 * last import (its bytes still match the manifest's sha256) — otherwise the new notes go beside it
 * as `<slug>.md.incoming`. Talks the manifest has and the notes no longer do are reported only.
 *
 * @param {Plan} plan
 * @param {string} conferenceDir  absolute `content/<slug>/`
 * @param {Manifest | null} manifest
 * @returns {Actions}
 */
export function fileActions(plan, conferenceDir, manifest) {
  /** @type {Actions} */
  const actions = { writes: [], unchanged: [], kept: [], gone: [] };
  const { conference } = plan;
  const recorded = new Map((manifest?.pages ?? []).map((p) => [p.page, p.sha256]));
  const indexPage = pageFile(conferenceDir, 'index');
  if (!indexPage.exists) {
    actions.writes.push({ path: indexPage.path, text: conferencePage(plan), why: 'new' });
  } else {
    const existingTitle = /^title:\s*['"]?(.*?)['"]?\s*$/m.exec(readFileSync(indexPage.path, 'utf8'))?.[1];
    if (existingTitle !== undefined && existingTitle !== conference.title) {
      const source = plan.talks[0]?.source ?? '';
      throw new ImportInputError(
        'SLUG_TAKEN',
        source,
        1,
        `the slug "${conference.slug}" belongs to the conference "${existingTitle}", not "${conference.title}"; pass --slug`,
      );
    }
  }
  /** @type {Array<[string, string]>} */
  const notes = plan.talks.map((t) => [t.slug, t.part.text]);
  if (plan.indexNotes !== '') notes.push(['index', plan.indexNotes]);
  for (const [slug, text] of notes)
    notesAction(actions, join(conferenceDir, 'notes', `${slug}.md`), text, recorded.get(slug));
  for (const talk of plan.talks) {
    const page = pageFile(conferenceDir, talk.slug);
    if (!page.exists) actions.writes.push({ path: page.path, text: talkPage(plan, talk), why: 'new' });
  }
  const slugs = new Set(plan.talks.map((t) => t.slug));
  for (const page of manifest?.pages ?? [])
    if (page.kind === 'talk' && !slugs.has(page.page)) actions.gone.push(page.page);
  return actions;
}

/**
 * @param {Actions} actions
 * @param {string} path
 * @param {string} text
 * @param {string | undefined} recordedSha
 */
function notesAction(actions, path, text, recordedSha) {
  if (!existsSync(path)) return void actions.writes.push({ path, text, why: 'new' });
  const current = readFileSync(path, 'utf8');
  if (current === text) return void actions.unchanged.push(path);
  if (recordedSha !== undefined && sha256(current) === recordedSha)
    return void actions.writes.push({ path, text, why: 'changed' });
  if (recordedSha === sha256(text)) return void actions.kept.push(path);
  actions.kept.push(path);
  actions.writes.push({ path: `${path}.incoming`, text, why: 'incoming' });
}

/**
 * @param {Plan} plan
 * @param {import('./build-plan.mjs').PlannedTalk} talk
 */
function talkPage(plan, talk) {
  const { conference } = plan;
  const day = talk.part.day;
  const date = day?.date ?? (plan.conference.days.length <= 1 ? conference.date : undefined);
  return frontmatter({
    title: talk.title,
    description: `Notes on “${talk.title}” at ${conference.title}.`,
    pageType: 'talk',
    stage: 'notes',
    conference: conference.title,
    ...(day ? { day: day.day } : {}),
    ...(date ? { date } : {}),
    order: talk.order,
    speakers: talk.part.speakers,
    tags: [],
  });
}

/** @param {Plan} plan */
function conferencePage(plan) {
  const { title, date, days } = plan.conference;
  return frontmatter({
    title,
    description: `Notes from ${title}.`,
    pageType: 'conference',
    ...(date ? { date } : {}),
    ...(days.length ? { days } : {}),
  });
}

/**
 * Astro reads frontmatter as YAML 1.1, where an unquoted `2026-03-19` is a date and `yes` a
 * boolean: writing in 1.1 mode quotes every string that 1.1 would read as something else.
 * @param {Record<string, unknown>} data
 */
function frontmatter(data) {
  return `---\n${stringify(data, { version: '1.1' })}---\n`;
}
