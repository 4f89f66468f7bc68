import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '@confnotes/content/frontmatter';
import { slug } from 'github-slugger';
import type { ConferenceDay } from './days';
import type { ConferenceKey, TalkKey } from './order';

/** A talk page as the sidebar needs it, read from its frontmatter. */
export interface TalkSummary extends TalkKey {
  title: string;
}

/** A conference folder as the sidebar needs it: its index page's frontmatter and its talks. */
export interface ConferenceSummary extends ConferenceKey {
  title: string;
  days: ConferenceDay[];
  /** Talk pages, in id order (sort with `compareTalks` for reading order). */
  talks: TalkSummary[];
}

const PAGE_FILE = /^[^_].*\.mdx?$/;

/** The entry id Astro's glob loader gives a file: a frontmatter `slug`, else each path segment slugged. */
function entryId(segments: readonly string[], data: Record<string, unknown>): string {
  if (typeof data.slug === 'string' && data.slug !== '') return data.slug;
  return segments.map((s) => slug(s.replace(/\.mdx?$/, ''))).join('/');
}

function frontmatterOf(file: string): Record<string, unknown> {
  return readFrontmatter(readFileSync(file, 'utf8')).frontmatter ?? {};
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const positive = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);

function readDays(value: unknown): ConferenceDay[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((d) => {
    const day = positive(d?.day);
    return day === undefined ? [] : [{ day, date: text(d.date), label: text(d.label) }];
  });
}

function readTalk(conferenceDir: string, folder: string, file: string): TalkSummary | null {
  const data = frontmatterOf(join(conferenceDir, file));
  if (data.pageType !== 'talk') return null;
  const start = text((data.slot as { start?: unknown } | undefined)?.start);
  return {
    id: entryId([folder, file], data),
    title: text(data.title) ?? file,
    day: positive(data.day),
    order: positive(data.order),
    slot: start === undefined ? undefined : { start },
  };
}

/**
 * Every conference in a content folder: each top-level folder whose `index.mdx` (or `index.md`)
 * has `pageType: conference`, with the `pageType: talk` pages beside it. Reads frontmatter only
 * (with the `yaml` package); fields of the wrong type are left out here and reported by the
 * content schema at build.
 *
 * @param contentDir  the content folder (the repo's `content/`, or CONFNOTES_CONTENT_DIR)
 * @returns conferences in folder-name order
 */
export function readConferences(contentDir: string): ConferenceSummary[] {
  const conferences: ConferenceSummary[] = [];
  const folders = readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'node_modules' && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
  for (const folder of folders) {
    const dir = join(contentDir, folder);
    const index = ['index.mdx', 'index.md'].find((f) => existsSync(join(dir, f)));
    if (!index) continue;
    const data = frontmatterOf(join(dir, index));
    if (data.pageType !== 'conference') continue;
    const id = entryId([folder], data);
    const talks = readdirSync(dir, { withFileTypes: true })
      .filter((f) => f.isFile() && PAGE_FILE.test(f.name) && !/^index\.mdx?$/.test(f.name))
      .map((f) => readTalk(dir, folder, f.name))
      .filter((t): t is TalkSummary => t !== null)
      .sort((a, b) => a.id.localeCompare(b.id, 'en'));
    conferences.push({
      id,
      title: text(data.title) ?? folder,
      date: text(data.date),
      days: readDays(data.days),
      talks,
    });
  }
  return conferences;
}
