import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SESSION_LIMIT_MINUTES, sessionPlan } from '../src/session/session-plan';

const contentRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../content');

type TalkPage = { file: string; body: string; notes: string; stage: 'notes' | 'explained' | 'complete' };

/** Every talk page under content/ (pageType: talk): its body after the frontmatter, its notes file and stage. */
function talkPages(): TalkPage[] {
  const pages: TalkPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'notes') walk(path);
      else if (entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) {
        const text = readFileSync(path, 'utf8');
        const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
        if (match && /^pageType:\s*talk\s*$/m.test(match[1] ?? '')) {
          const notesFile = join(dir, 'notes', `${entry.name.replace(/\.mdx?$/, '')}.md`);
          const stage = /^stage:\s*(notes|explained|complete)\s*$/m.exec(match[1] ?? '')?.[1] ?? 'notes';
          pages.push({
            file: relative(contentRoot, path),
            body: match[2] ?? '',
            notes: existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '',
            stage: stage as TalkPage['stage'],
          });
        }
      }
    }
  };
  walk(contentRoot);
  return pages;
}

describe('session plans of the talk pages', () => {
  const pages = talkPages();
  it('finds the talk pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });
  it.each(pages)(`$file fits a ${SESSION_LIMIT_MINUTES}-minute session`, ({ body, notes, stage }) => {
    const plan = sessionPlan(body, { notes, stage });
    expect(
      plan.totalMinutes,
      `reading ${plan.readingMinutes} + demos ${plan.demoMinutes} + discussion ${plan.discussionMinutes}`,
    ).toBeLessThanOrEqual(SESSION_LIMIT_MINUTES);
  });
});
