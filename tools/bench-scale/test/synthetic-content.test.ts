import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '@confnotes/content/check';
import { readFrontmatter } from '@confnotes/content/frontmatter';
import { afterAll, describe, expect, it } from 'vitest';
import { readTemplates } from '../src/read-templates.mjs';
import { syntheticContent } from '../src/synthetic-content.mjs';

const realContent = fileURLToPath(new URL('../../../content/', import.meta.url));
const templates = readTemplates(realContent);
const scratch = mkdtempSync(join(tmpdir(), 'bench-scale-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const talkPages = (files: { path: string; text: string }[]) =>
  files.filter((f) => /^[^/]+\/[^_/][^/]*\.mdx?$/.test(f.path) && !/\/index\.mdx?$/.test(f.path));

describe('readTemplates', () => {
  it('finds the real complete pages with their notes and demo partials', () => {
    expect(templates.length).toBeGreaterThanOrEqual(5);
    for (const t of templates) {
      expect(t.frontmatter.stage).toBe('complete');
      expect(t.notes.length).toBeGreaterThan(0);
      expect(t.partials.length).toBeGreaterThan(0);
    }
  });
});

describe('syntheticContent', () => {
  it('gives the same files for the same seed and different ones for another', () => {
    const a = syntheticContent({ talks: 30, templates, seed: 5 });
    expect(syntheticContent({ talks: 30, templates, seed: 5 })).toEqual(a);
    expect(syntheticContent({ talks: 30, templates, seed: 6 })).not.toEqual(a);
  });

  it('makes the asked number of talks in conferences of 25, each with a notes file', () => {
    const files = syntheticContent({ talks: 60, templates });
    const talks = talkPages(files);
    expect(talks).toHaveLength(60);
    expect(files.filter((f) => f.path.endsWith('/index.md'))).toHaveLength(3);
    const perConference = new Map<string, number>();
    for (const t of talks) {
      const conference = t.path.split('/')[0] ?? '';
      perConference.set(conference, (perConference.get(conference) ?? 0) + 1);
    }
    expect([...perConference.values()]).toEqual([25, 25, 10]);
    const paths = new Set(files.map((f) => f.path));
    for (const t of talks) expect(paths.has(t.path.replace(/([^/]+)\.mdx?$/, 'notes/$1.md'))).toBe(true);
  });

  it('mixes notes and complete pages over several years, dates as strings', () => {
    const files = syntheticContent({ talks: 250, templates });
    const data = talkPages(files).map((f) => readFrontmatter(f.text).frontmatter ?? {});
    const complete = data.filter((d) => d.stage === 'complete').length;
    expect(complete).toBeGreaterThan(40);
    expect(complete).toBeLessThan(110);
    expect(new Set(data.map((d) => String(d.date).slice(0, 4))).size).toBeGreaterThanOrEqual(2);
    for (const d of data) expect(typeof d.date).toBe('string');
  });

  it('writes notes pages as .md, as the importer does, and complete pages (with demos) as .mdx', () => {
    for (const f of talkPages(syntheticContent({ talks: 50, templates }))) {
      const { stage } = readFrontmatter(f.text).frontmatter ?? {};
      expect(f.path.endsWith(stage === 'complete' ? '.mdx' : '.md')).toBe(true);
    }
  });

  it('writes pages that pass the content check beside the real ones', () => {
    const content = join(scratch, 'content');
    cpSync(realContent, content, { recursive: true, filter: (src) => !src.includes('node_modules') });
    for (const file of syntheticContent({ talks: 40, templates })) {
      mkdirSync(dirname(join(content, file.path)), { recursive: true });
      writeFileSync(join(content, file.path), file.text);
    }
    expect(checkContent(content)).toEqual([]);
  });

  it('refuses to make complete pages without a template', () => {
    expect(() => syntheticContent({ talks: 5, templates: [] })).toThrow(/template/);
  });
});
