// Importing the team's original SREcon23 EMEA notes reproduces, byte for byte, the notes files of
// the five SREcon23 EMEA talk pages (docs/content-layout.md, "How an input file is cut into pages").
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitNotes } from '../src/split-notes.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
/** `shared/seed/…` beside the checkout or one of its parent folders (worktrees sit deeper). */
function findSeed(from: string): string | undefined {
  const candidate = join(from, '..', 'shared', 'seed', 'srecon23-emea-day1-notes.md');
  if (existsSync(candidate)) return candidate;
  return dirname(from) === from ? undefined : findSeed(dirname(from));
}
const seed = findSeed(repo) ?? '';
const pages = `${repo}content/srecon23-emea/`;
const hasSeed = seed !== '';

/** A notes file with the team's marked edits (`<ins …>…</ins>`) taken out again. */
function withoutMarkedEdits(notes: string): string {
  return notes.replace(/ ?<ins\b[^>]*>[\s\S]*?<\/ins>/g, '');
}

type ManifestPage = { page: string; kind: string; title: string };

describe.skipIf(!hasSeed)('the SREcon23 EMEA seed notes (skipped: ../shared/seed is not beside the repo)', () => {
  it('cut into `# Day 1` other notes and five talks whose notes equal the pages’ notes files', () => {
    const text = readFileSync(seed, 'utf8');
    const { parts } = splitNotes(text, { fileName: 'srecon23-emea-day1-notes.md' });
    expect(parts[0]).toMatchObject({ kind: 'other', text: '# Day 1\n\n' });
    expect(readFileSync(`${pages}notes/index.md`, 'utf8')).toBe('# Day 1\n\n');
    const manifest = JSON.parse(readFileSync(`${pages}import-manifest.json`, 'utf8')) as { pages: ManifestPage[] };
    const talks = parts.filter((p) => p.kind === 'talk');
    expect(talks).toHaveLength(5);
    for (const talk of talks) {
      const page = manifest.pages.find((p) => p.kind === 'talk' && talk.text.startsWith(`## ${p.title}\n`));
      expect(page, talk.text.slice(0, 60)).toBeDefined();
      const notes = readFileSync(`${pages}notes/${page?.page}.md`, 'utf8');
      expect(withoutMarkedEdits(notes)).toBe(talk.text);
    }
  });
});
