// Importing the team's original SREcon23 EMEA notes reproduces the notes blocks of today's five
// hand-made talk pages (docs/content-layout.md, "How an input file is cut into pages").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** A page's notes block, the marked team edit removed, surrounding whitespace trimmed. */
function notesBlock(mdx: string): string {
  const block = /<div class="original-notes">([\s\S]*?)<\/div>/.exec(mdx)?.[1] ?? '';
  return block.replace(/ ?<ins\b[^>]*>[\s\S]*?<\/ins>/g, '').trim();
}

describe.skipIf(!hasSeed)('the SREcon23 EMEA seed notes (skipped: ../shared/seed is not beside the repo)', () => {
  it('cut into `# Day 1` other notes and five talks whose notes equal the pages’ notes blocks', () => {
    const text = readFileSync(seed, 'utf8');
    const { parts } = splitNotes(text, { fileName: 'srecon23-emea-day1-notes.md' });
    expect(parts[0]).toMatchObject({ kind: 'other', text: '# Day 1\n\n' });
    const imported = parts
      .filter((p) => p.kind === 'talk')
      .map((p) => p.text.replace(/^## [^\n]*\n/, '').trim())
      .sort();
    const existing = readdirSync(pages)
      .filter((f) => f.endsWith('.mdx') && !f.startsWith('_') && f !== 'index.mdx')
      .map((f) => notesBlock(readFileSync(pages + f, 'utf8')))
      .sort();
    expect(existing).toHaveLength(5);
    expect(imported).toEqual(existing);
  });
});
