// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './build-plan.mjs';

/**
 * @typedef {import('./build-plan.mjs').Manifest} Manifest
 * @typedef {import('./build-plan.mjs').Plan} Plan
 */

/**
 * The conference folder's `import-manifest.json`, or null when there is none (hand-made pages).
 * @param {string} conferenceDir
 * @returns {Manifest | null}
 */
export function readManifest(conferenceDir) {
  const file = join(conferenceDir, 'import-manifest.json');
  return existsSync(file) ? /** @type {Manifest} */ (JSON.parse(readFileSync(file, 'utf8'))) : null;
}

/**
 * The manifest after this import (docs/content-layout.md, "The import manifest"). A notes file
 * the team edited keeps its old sha256, so the next import still leaves it alone.
 * @param {Plan} plan
 * @param {Manifest | null} previous
 * @param {Set<string>} keptSlugs  notes files left as the team edited them
 * @returns {Manifest}
 */
export function nextManifest(plan, previous, keptSlugs) {
  const old = new Map((previous?.pages ?? []).map((p) => [p.page, p.sha256]));
  /** @param {string} page @param {string} text */
  const sha = (page, text) => (keptSlugs.has(page) ? (old.get(page) ?? '') : sha256(text));
  const talks = plan.talks.map((t) => ({
    page: t.slug,
    kind: /** @type {const} */ ('talk'),
    title: t.title,
    source: t.source,
    lines: /** @type {[number, number]} */ ([t.part.firstLine, t.part.lastLine]),
    sha256: sha(t.slug, t.part.text),
  }));
  const other = plan.other.map((o) => ({
    page: 'index',
    kind: /** @type {const} */ ('other'),
    title: 'Other notes',
    source: o.source,
    lines: /** @type {[number, number]} */ ([o.part.firstLine, o.part.lastLine]),
    sha256: sha('index', plan.indexNotes),
  }));
  const sources = [...new Set([...talks, ...other].map((p) => p.source))];
  const pages = [...talks, ...other].sort(
    (a, b) => sources.indexOf(a.source) - sources.indexOf(b.source) || a.lines[0] - b.lines[0],
  );
  return { version: 1, conference: { slug: plan.conference.slug, title: plan.conference.title }, sources, pages };
}
