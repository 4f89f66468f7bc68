import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli.mjs';

let dir = '';
let out: string[] = [];
let err: string[] = [];
const io = () => ({ out: (t: string) => out.push(t), err: (t: string) => err.push(t), interactive: false });
const run = (...args: string[]) => main([...args, '--content-dir', 'content'], dir, io());
const notes = '# Day 1\n\n## Alpha - Jane Doe\n\nalpha notes\n\n## Beta\n\nbeta notes\n';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'notes-import-'));
  out = [];
  err = [];
  writeFileSync(join(dir, 'kc.md'), notes);
});

describe('notes:import', () => {
  it('writes pages, notes, the conference page and the manifest with --yes', async () => {
    expect(await run('kc.md', '--conference', 'KubeCon EU', '--yes')).toBe(0);
    const conf = join(dir, 'content', 'kubecon-eu');
    expect(readdirSync(conf).sort()).toEqual(['alpha.md', 'beta.md', 'import-manifest.json', 'index.md', 'notes']);
    expect(readFileSync(join(conf, 'notes', 'alpha.md'), 'utf8')).toBe('## Alpha - Jane Doe\n\nalpha notes\n\n');
    expect(readFileSync(join(conf, 'notes', 'index.md'), 'utf8')).toBe('# Day 1\n\n');
    expect(readFileSync(join(conf, 'alpha.md'), 'utf8')).toContain(
      'speakers:\n  - name: Jane Doe\n    confirmed: false\n',
    );
  });

  it('prints only the JSON plan with --json and writes nothing without --yes', async () => {
    expect(await run('kc.md', '--conference', 'KubeCon EU', '--json')).toBe(0);
    const plan = JSON.parse(out.join(''));
    expect(plan.conference.slug).toBe('kubecon-eu');
    expect(plan.pages[0]).toMatchObject({
      kind: 'talk',
      title: 'Alpha',
      speakers: ['Jane Doe'],
      day: 1,
      source: 'kc.md',
      lines: [3, 6],
    });
    expect(existsSync(join(dir, 'content'))).toBe(false);
  });

  it('re-import rewrites only changed notes, keeps team edits and pages, reports gone talks', async () => {
    await run('kc.md', '--conference', 'KubeCon EU', '--yes');
    const conf = join(dir, 'content', 'kubecon-eu');
    writeFileSync(join(conf, 'alpha.md'), 'team page');
    writeFileSync(join(conf, 'notes', 'beta.md'), 'team edit');
    writeFileSync(join(dir, 'kc.md'), '# Day 1\n\n## Alpha - Jane Doe\n\nalpha v2\n\n## Beta\n\nbeta v2\n');
    out = [];
    expect(await run('kc.md', '--conference', 'KubeCon EU', '--yes')).toBe(0);
    expect(readFileSync(join(conf, 'notes', 'alpha.md'), 'utf8')).toContain('alpha v2');
    expect(readFileSync(join(conf, 'alpha.md'), 'utf8')).toBe('team page');
    expect(readFileSync(join(conf, 'notes', 'beta.md'), 'utf8')).toBe('team edit');
    expect(readFileSync(join(conf, 'notes', 'beta.md.incoming'), 'utf8')).toContain('beta v2');
    writeFileSync(join(dir, 'kc.md'), '# Day 1\n\n## Alpha - Jane Doe\n\nalpha v2\n\n');
    out = [];
    await run('kc.md', '--conference', 'KubeCon EU', '--yes');
    expect(out.join('\n')).toMatch(/gone {5}beta: no longer in the notes/);
    expect(existsSync(join(conf, 'beta.md'))).toBe(true);
  });

  it('leaves a page the team renamed to .mdx (to add a demo) alone on re-import', async () => {
    await run('kc.md', '--conference', 'KubeCon EU', '--yes');
    const conf = join(dir, 'content', 'kubecon-eu');
    renameSync(join(conf, 'alpha.md'), join(conf, 'alpha.mdx'));
    renameSync(join(conf, 'index.md'), join(conf, 'index.mdx'));
    out = [];
    expect(await run('kc.md', '--conference', 'KubeCon EU', '--json')).toBe(0);
    const plan = JSON.parse(out.join(''));
    const file = (path: string) => path.split('/').slice(-2).join('/');
    expect(file(plan.conference.path)).toBe('kubecon-eu/index.mdx');
    expect(plan.pages.map((p: { path: string }) => file(p.path))).toEqual([
      'kubecon-eu/alpha.mdx',
      'kubecon-eu/beta.md',
      'notes/index.md',
    ]);
    expect(await run('kc.md', '--conference', 'KubeCon EU', '--yes')).toBe(0);
    expect(readdirSync(conf).sort()).toEqual(['alpha.mdx', 'beta.md', 'import-manifest.json', 'index.mdx', 'notes']);
  });

  it.each([
    ['empty', Buffer.from(' \n'), /^bad\.md:1: the file is empty/],
    ['binary', Buffer.from('a\nb\0'), /^bad\.md:2: contains a NUL byte/],
    ['not UTF-8', Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x0a, 0xff, 0x0a]), /^bad\.md:3: not valid UTF-8/],
    ['no talks', Buffer.from('just text\n'), /^bad\.md:1: no talks found/],
  ])('refuses %s input naming file and line, writing nothing', async (_name, bytes, message) => {
    writeFileSync(join(dir, 'bad.md'), bytes);
    expect(await run('bad.md', '--yes')).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(existsSync(join(dir, 'content'))).toBe(false);
  });

  it('refuses a slug that belongs to a different conference', async () => {
    await run('kc.md', '--conference', 'KubeCon EU', '--yes');
    err = [];
    expect(await run('kc.md', '--conference', 'Other Con', '--slug', 'kubecon-eu', '--yes')).toBe(1);
    expect(err.join('\n')).toMatch(/^kc\.md:1: the slug "kubecon-eu" belongs to the conference "KubeCon EU"/);
  });
});

describe('notes:import images', () => {
  it('copies images found beside the notes and reports missing or escaping ones', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'images', 'a b.png'), 'png');
    writeFileSync(join(dir, 'kc.md'), `${notes}\n![](images/a%20b.png) <img src="gone.jpg"> ![](../escape.png)\n`);
    expect(await run('kc.md', '--conference', 'KubeCon EU', '--yes')).toBe(0);
    expect(readFileSync(join(dir, 'content', 'kubecon-eu', 'notes', 'images', 'a b.png'), 'utf8')).toBe('png');
    expect(err.join('\n')).toContain('gone.jpg');
    expect(err.join('\n')).toContain('../escape.png');
  });
});

describe('notes:import edge inputs', () => {
  it('refuses a file over 5 MB before reading it as notes', async () => {
    writeFileSync(join(dir, 'big.md'), Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    expect(await run('big.md', '--yes')).toBe(1);
    expect(err.join('\n')).toMatch(/^big\.md:1: file is 5242881 bytes; the limit is 5242880/);
  });

  it('keeps a byte-order mark in the other notes and dates talks from front matter', async () => {
    writeFileSync(
      join(dir, 'fm.md'),
      '\uFEFF---\ntitle: DevOpsDays\ndate: 2026-05-04\n---\n## Alpha\n\nx\n\n## Beta\n',
    );
    expect(await run('fm.md', '--yes')).toBe(0);
    const conf = join(dir, 'content', 'devopsdays');
    expect(readFileSync(join(conf, 'notes', 'index.md'), 'utf8')).toBe(
      '\uFEFF---\ntitle: DevOpsDays\ndate: 2026-05-04\n---\n',
    );
    expect(readFileSync(join(conf, 'alpha.md'), 'utf8')).toContain('date: "2026-05-04"\norder: 1\n');
  });

  it('prints the plan and writes nothing without --yes outside a terminal', async () => {
    expect(await run('kc.md', '--conference', 'KubeCon EU')).toBe(0);
    expect(out.join('\n')).toContain('Run again with --yes');
    expect(existsSync(join(dir, 'content'))).toBe(false);
  });

  it('rejects a malformed option with exit 2', async () => {
    expect(await run('kc.md', '--talk-level', '9')).toBe(2);
    expect(err.join('\n')).toMatch(/--talk-level must be 1 to 6/);
  });
});
