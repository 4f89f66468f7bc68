// @ts-check
import { createHash } from 'node:crypto';
import { ImportInputError, ImportInternalError } from './errors.mjs';
import { titleFromFileName } from './placeholder-title.mjs';
import { slugify, uniqueSlug } from './slugify.mjs';
import { splitNotes } from './split-notes.mjs';

/**
 * @typedef {import('./read-input.mjs').InputFile} InputFile
 * @typedef {import('./split-notes.mjs').Part} Part
 * @typedef {import('./split-notes.mjs').Day} Day
 * @typedef {{ page: string, kind: 'talk' | 'other', title: string, source: string, lines: [number, number], sha256: string }} ManifestPage
 * @typedef {{ version: 1, conference: { slug: string, title: string }, sources: string[], pages: ManifestPage[] }} Manifest
 * @typedef {{ slug: string, title: string, source: string, part: Part, order: number }} PlannedTalk
 * @typedef {{ source: string, part: Part }} PlannedOther
 */

/**
 * @typedef {object} Plan
 * @property {{ slug: string, title: string, date: string | undefined, days: Day[] }} conference
 * @property {PlannedTalk[]} talks  in input order
 * @property {PlannedOther[]} other  other notes, in input order (they make `notes/index.md`)
 * @property {string} indexNotes  the text of `notes/index.md`
 * @property {import('mdast').Root[]} trees  each input's parsed tree, in input order
 */

/**
 * Splits every input and names the pages: the conference from `--conference`, the first file's
 * front matter title, a title heading or the file name; talk slugs from titles, keeping the slug
 * a previous import (the manifest) gave a talk of the same title. Verifies the round trip.
 *
 * @param {InputFile[]} inputs
 * @param {{ conference?: string | undefined, slug?: string | undefined, date?: string | undefined, talkLevel?: number | undefined }} options
 * @param {(slug: string) => Manifest | null} readManifest  the conference folder's manifest, if any
 * @returns {Plan}
 * @throws {ImportInputError} `NO_TALKS`
 */
export function buildPlan(inputs, options, readManifest) {
  const oneTalkPerFile = inputs.length > 1;
  const splits = inputs.map((input) => ({
    input,
    split: splitNotes(input.text, { fileName: input.source, talkLevel: options.talkLevel, oneTalkPerFile }),
  }));
  for (const { input, split } of splits) verifyRoundTrip(input, split.parts);
  const first = splits[0];
  if (!first || !splits.some(({ split }) => split.parts.some((p) => p.kind === 'talk'))) {
    const source = first?.input.source ?? '(no input)';
    throw new ImportInputError(
      'NO_TALKS',
      source,
      1,
      'no talks found: no headings to cut at, and no `---` followed by a bold title line (try --talk-level N)',
    );
  }
  const title =
    options.conference ??
    first.split.frontMatter.title ??
    first.split.documentTitle ??
    titleFromFileName(first.input.source);
  const slug = options.slug ?? slugify(title);
  const manifest = readManifest(slug);
  const days = splits.flatMap(({ split }) => split.days);
  const date = options.date ?? first.split.frontMatter.date ?? days.find((d) => d.date)?.date;
  const taken = new Set(['index']);
  const previous = new Map((manifest?.pages ?? []).filter((p) => p.kind === 'talk').map((p) => [p.title, p.page]));
  /** @type {PlannedTalk[]} */
  const talks = [];
  /** @type {PlannedOther[]} */
  const other = [];
  for (const { input, split } of splits) {
    for (const part of split.parts) {
      if (part.kind === 'other') other.push({ source: input.source, part });
      else {
        const kept = previous.get(part.title);
        const talkSlug = uniqueSlug(kept && !taken.has(kept) ? kept : slugify(part.title), taken);
        talks.push({ slug: talkSlug, title: part.title, source: input.source, part, order: talks.length + 1 });
      }
    }
  }
  const indexNotes = other.map((o) => o.part.text).join('');
  return {
    conference: { slug, title, date, days },
    talks,
    other,
    indexNotes,
    trees: splits.map(({ split }) => split.tree),
  };
}

/**
 * The parts of one input, in order, must give back its bytes exactly; anything else is a bug.
 * @param {InputFile} input
 * @param {Part[]} parts
 * @throws {ImportInternalError} `ROUND_TRIP`
 */
export function verifyRoundTrip(input, parts) {
  const joined = Buffer.from(parts.map((p) => p.text).join(''), 'utf8');
  if (!joined.equals(Buffer.from(input.bytes))) {
    throw new ImportInternalError(
      'ROUND_TRIP',
      `${input.source}: the pages' notes do not add up to the file; nothing was written (please report this bug)`,
    );
  }
}

/** @param {string} text */
export function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
