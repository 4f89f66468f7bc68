import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allSourceEntries, pageAllowLists, readEntryList, sourceEntryProblem } from '../check/source-domains.mjs';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A content folder holding the given files (path → text). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'confnotes-sources-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (fields: string) => `---\ntitle: T\n${fields}\n---\n\nBody.\n`;

describe('sourceEntryProblem', () => {
  it.each(['usenix.org', 'github.com/LPardue/sreconemea2023', 'youtube.com/watch?v=bR86qiPOH7s', 'a-b.example.net'])(
    'accepts %s',
    (entry) => expect(sourceEntryProblem(entry)).toBeNull(),
  );

  it.each(['https://usenix.org', 'localhost', 'usenix .org', '', '-bad.example', 7, null])('rejects %s', (entry) =>
    expect(sourceEntryProblem(entry)).toMatch(/must be a host/),
  );
});

describe('readEntryList', () => {
  it('treats a missing field as empty and keeps valid entries in order', () => {
    expect(readEntryList(undefined)).toEqual({ entries: [], problems: [] });
    expect(readEntryList(['b.example', 'bad', 'a.example']).entries).toEqual(['b.example', 'a.example']);
  });

  it('reports a value that is not a list', () => {
    expect(readEntryList('usenix.org').problems).toEqual(['must be a YAML list of hosts or host/path prefixes']);
  });
});

describe('pageAllowLists', () => {
  it('gives each page the shared entries, its conference page’s and its own, without repeats', () => {
    const lists = pageAllowLists(
      ['usenix.org'],
      [
        { id: 'conf-a', frontmatter: { sourceDomains: ['conf-a.example', 'usenix.org'] } },
        { id: 'conf-a/talk', frontmatter: { sourceDomains: ['ebpf.io'] } },
        { id: 'conf-b/talk', frontmatter: null },
        { id: '404', frontmatter: {} },
      ],
    );
    expect(lists.get('conf-a')).toEqual(['usenix.org', 'conf-a.example']);
    expect(lists.get('conf-a/talk')).toEqual(['usenix.org', 'conf-a.example', 'ebpf.io']);
    expect(lists.get('conf-b/talk')).toEqual(['usenix.org']);
    expect(lists.get('404')).toEqual(['usenix.org']);
  });
});

describe('allSourceEntries', () => {
  it('reads sources.yaml and every page’s sourceDomains, skipping partials and notes', () => {
    const dir = folder({
      'sources.yaml': '- usenix.org\n',
      'conf/index.mdx': page('pageType: conference\nsourceDomains: [conf.example]'),
      'conf/talk.mdx': page('sourceDomains:\n  - github.com/owner/repo\n  - not a host'),
      'conf/_partial.mdx': page('sourceDomains: [partial.example]'),
      'conf/notes/talk.md': page('sourceDomains: [notes.example]'),
    });
    expect(allSourceEntries(dir)).toEqual(['usenix.org', 'conf.example', 'github.com/owner/repo']);
  });

  it('has no shared entries without sources.yaml', () => {
    expect(allSourceEntries(folder({ 'conf/talk.mdx': page('sourceDomains: [a.example]') }))).toEqual(['a.example']);
  });
});

describe('the real content folder', () => {
  it('keeps every entry the SREcon23 EMEA pages cite', () => {
    const entries = allSourceEntries(join(dirname(new URL(import.meta.url).pathname), '..'));
    for (const entry of [
      'usenix.org',
      'ebpf.io',
      'github.com/LPardue/sreconemea2023',
      'youtube.com/watch?v=bR86qiPOH7s',
    ]) {
      expect(entries).toContain(entry);
    }
  });
});
