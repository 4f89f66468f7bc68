import { describe, expect, it } from 'vitest';
import { splitNotes } from '../src/split-notes.mjs';

const split = (text: string, options: { talkLevel?: number; oneTalkPerFile?: boolean } = {}) =>
  splitNotes(text, { fileName: 'kubecon-day-2.md', ...options });
const talks = (text: string, options = {}) =>
  split(text, options)
    .parts.filter((p) => p.kind === 'talk')
    .map((p) => p.title);
const joined = (text: string) =>
  split(text)
    .parts.map((p) => p.text)
    .join('');

describe('splitNotes: talk levels', () => {
  it('finds talks at H1', () => {
    expect(talks('# Alpha talk\n\ntext\n\n## detail\n\n# Beta talk\n')).toEqual(['Alpha talk', 'Beta talk']);
  });
  it('finds talks at H2 under a title heading, which goes to the other notes', () => {
    const result = split('# KubeCon notes\n\nintro\n\n## Alpha\n\n### sub\n\n## Beta\n');
    expect(result.parts.map((p) => [p.kind, p.firstLine, p.lastLine])).toEqual([
      ['other', 1, 4],
      ['talk', 5, 8],
      ['talk', 9, 9],
    ]);
    expect(result.documentTitle).toBe('KubeCon notes');
  });
  it('finds talks at H3', () => {
    expect(talks('### Alpha\n\n#### a\n\n### Beta\n\n#### b\n')).toEqual(['Alpha', 'Beta']);
  });
  it('takes a heading that slipped up a level as a talk too (mixed levels)', () => {
    expect(talks('## Alpha\n\n# Beta\n\ntext\n\n## Gamma\n')).toEqual(['Alpha', 'Beta', 'Gamma']);
  });
  it('keeps a lone top heading as the talk when each file is one talk', () => {
    expect(talks('# One talk\n\n## part a\n\n## part b\n', { oneTalkPerFile: true })).toEqual(['One talk']);
  });
  it('obeys --talk-level', () => {
    expect(talks('## Alpha\n\n### a\n\n### b\n', { talkLevel: 3 })).toEqual(['a', 'b']);
  });
});

describe('splitNotes: days', () => {
  it('reads `## Day 2` and `# Day 1: Monday 2020-12-07`', () => {
    const result = split('# Day 1: Monday 2020-12-07\n\n## A\n\n# Day 2\n\n## B\n');
    expect(result.days).toEqual([
      { day: 1, date: '2020-12-07', label: 'Day 1: Monday 2020-12-07' },
      { day: 2, label: 'Day 2' },
    ]);
    expect(result.parts.filter((p) => p.kind === 'talk').map((p) => p.day?.day)).toEqual([1, 2]);
  });
  it('reads `## Notes from Tuesday, March 24th` as a day without inventing a date', () => {
    const result = split('## Notes from Tuesday, March 24th\n\n### A\n\n### B\n');
    expect(result.days).toEqual([{ day: 1, label: 'Notes from Tuesday, March 24th' }]);
    expect(talks('## Notes from Tuesday, March 24th\n\n### A\n\n### B\n')).toEqual(['A', 'B']);
  });
  it('does not take a talk named after a weekday, under a day heading, as a day', () => {
    expect(talks('# Day 1\n\n## Monday morning outages\n\n## B\n')).toEqual(['Monday morning outages', 'B']);
  });
});

describe('splitNotes: other conventions', () => {
  it('splits at `---` followed by a bold title when there are no talk headings', () => {
    const text = 'intro\n\n---\n**First talk**\nnotes\n\n---\n\n**Second talk**\n\nmore\n';
    const result = split(text);
    expect(result.parts.map((p) => [p.kind, p.title, p.firstLine])).toEqual([
      ['other', '', 1],
      ['talk', 'First talk', 3],
      ['talk', 'Second talk', 7],
    ]);
  });
  it('titles placeholder headings from the first title-like line, or the file name', () => {
    expect(
      talks(`## Talk 3\n\n__Topic__: Chaos at scale\n\n## \${Talk Name}\n\n**Bold title**\n\n## TBD\n\nx\n`),
    ).toEqual(['Chaos at scale', 'Bold title', 'kubecon day 2']);
  });
  it('reads front matter (title, date) and keeps it in the other notes', () => {
    const text = '---\ntitle: KubeCon EU\ndate: 2026-03-24\n---\n## A\n\nx\n\n## B\n';
    const result = split(text);
    expect(result.frontMatter).toEqual({ title: 'KubeCon EU', date: '2026-03-24' });
    expect(result.parts[0]).toMatchObject({ kind: 'other', firstLine: 1, lastLine: 4 });
  });
  it('never counts `#` lines inside code fences', () => {
    expect(talks('## A\n\n```sh\n# not a heading\n## nor this\n```\n\n## B\n')).toEqual(['A', 'B']);
  });
  it('keeps a missing final newline and CRLF line endings byte for byte', () => {
    const crlf = '# Day 1\r\n\r\n## A\r\n\r\n- x\r\n\r\n## B\r\n- y';
    expect(joined(crlf)).toBe(crlf);
    expect(split(crlf).parts.map((p) => p.text)).toEqual(['# Day 1\r\n\r\n', '## A\r\n\r\n- x\r\n\r\n', '## B\r\n- y']);
  });
  it('puts takeaways and reading lists in the other notes', () => {
    const result = split('## A\n\nx\n\n## Key takeaways\n\n- t\n\n## B\n\n## Reading list\n');
    expect(result.parts.map((p) => [p.kind, p.title])).toEqual([
      ['talk', 'A'],
      ['other', ''],
      ['talk', 'B'],
      ['other', ''],
    ]);
  });
  it('strips markup, HTML anchors and kramdown attributes from titles and reads `Title - Speaker`', () => {
    const [part] = split('## <a name="x"></a> **Scaling** `etcd` - Jane Doe {:toc}\n\n## B\n').parts;
    expect(part).toMatchObject({ title: 'Scaling etcd', speakers: [{ name: 'Jane Doe', confirmed: false }] });
  });
  it('reads speakers only from the common forms', () => {
    const speakers = (body: string) => split(`## T\n\n${body}\n\n## U\n`).parts[0]?.speakers;
    expect(speakers('By Jane Doe and John Roe')).toEqual([
      { name: 'Jane Doe', confirmed: false },
      { name: 'John Roe', confirmed: false },
    ]);
    expect(speakers('_Speaker: Ada Lovelace (Analytical Engines)_')).toEqual([
      { name: 'Ada Lovelace', affiliation: 'Analytical Engines', confirmed: false },
    ]);
    expect(speakers('By default, alerts page')).toEqual([]);
    expect(speakers('Liz Rice. Why eBPF matters.')).toEqual([]);
  });
});
