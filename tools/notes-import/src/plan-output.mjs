// @ts-check
import { join, relative, sep } from 'node:path';
import { pageFile } from './page-file.mjs';

/**
 * @typedef {import('./build-plan.mjs').Plan} Plan
 * @typedef {import('./file-actions.mjs').Actions} Actions
 */

/**
 * The plan as the JSON object issue 12 specifies: paths relative to the repo root (a page the
 * team already has under its own name, `.md` or `.mdx`), `lines` 1-based and inclusive.
 * @param {Plan} plan
 * @param {string} conferenceDir
 * @param {string} repoRoot
 */
export function planJson(plan, conferenceDir, repoRoot) {
  /** @param {string} path */
  const rel = (path) => relative(repoRoot, path).split(sep).join('/');
  const talks = plan.talks.map((t) => ({
    path: rel(pageFile(conferenceDir, t.slug).path),
    kind: 'talk',
    title: t.title,
    speakers: t.part.speakers.map((s) => s.name),
    day: t.part.day?.day ?? null,
    source: t.source,
    lines: [t.part.firstLine, t.part.lastLine],
  }));
  const other = plan.other.map((o) => ({
    path: rel(join(conferenceDir, 'notes', 'index.md')),
    kind: 'other',
    title: 'Other notes',
    speakers: [],
    day: null,
    source: o.source,
    lines: [o.part.firstLine, o.part.lastLine],
  }));
  const { slug, title } = plan.conference;
  return { conference: { slug, title, path: rel(pageFile(conferenceDir, 'index').path) }, pages: [...talks, ...other] };
}

/**
 * The plan and the changes as lines of text for a person.
 * @param {ReturnType<typeof planJson>} json
 * @param {Actions} actions
 * @param {string} repoRoot
 */
export function planText(json, actions, repoRoot) {
  /** @param {string} path */
  const rel = (path) => relative(repoRoot, path).split(sep).join('/');
  const lines = [`Conference: ${json.conference.title} (${json.conference.path})`];
  for (const p of json.pages) {
    const who = p.speakers.length ? ` — ${p.speakers.join(', ')} (unconfirmed)` : '';
    const day = p.day ? ` — day ${p.day}` : '';
    lines.push(
      `  ${p.kind === 'talk' ? 'talk ' : 'other'} ${p.path}: ${p.title}${who}${day} [${p.source}:${p.lines[0]}-${p.lines[1]}]`,
    );
  }
  lines.push('Changes:');
  for (const w of actions.writes) lines.push(`  ${w.why.padEnd(8)} ${rel(w.path)}`);
  for (const path of actions.unchanged) lines.push(`  same     ${rel(path)}`);
  for (const path of actions.kept) lines.push(`  kept     ${rel(path)} (edited by the team; new notes in .incoming)`);
  for (const slug of actions.gone) lines.push(`  gone     ${slug}: no longer in the notes; its page is kept`);
  return lines.join('\n');
}
