import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, checkContentReport } from '../check/check-content.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const goodTalk = readFileSync(join(here, 'fixtures/sample-talk.mdx.txt'), 'utf8');
const goodGlossary = readFileSync(join(here, 'fixtures/glossary.yaml'), 'utf8');
const goodNotes = readFileSync(join(here, 'fixtures/sample-talk-notes.md.txt'), 'utf8');
const talkFile = 'testconf/sample-talk.mdx';

/** Options that fit the small fixtures; each test changes one thing. */
const fixtureOptions = {
  minWords: 150,
  minGlossaryEntries: 3,
};

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The shared allow-list the fixture folder gets unless a test gives its own. */
const goodSources = '# every page\n- usenix.org\n';

/**
 * Writes a content folder with the (possibly edited) fixture talk, glossary, sources.yaml and
 * the talk's notes (null leaves either out), plus any extra files (path → text).
 */
function contentDir(
  talk = goodTalk,
  glossary = goodGlossary,
  sources: string | null = goodSources,
  extra: Record<string, string> = {},
  notes: string | null = goodNotes,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'confnotes-check-'));
  made.push(dir);
  mkdirSync(join(dir, 'testconf', 'notes'), { recursive: true });
  writeFileSync(join(dir, talkFile), talk);
  if (notes !== null) writeFileSync(join(dir, 'testconf/notes/sample-talk.md'), notes);
  writeFileSync(join(dir, 'glossary.yaml'), glossary);
  if (sources !== null) writeFileSync(join(dir, 'sources.yaml'), sources);
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Replaces exactly one occurrence, so a fixture edit cannot silently miss. */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

function check(talk?: string, glossary?: string, options: Record<string, unknown> = {}) {
  return checkContent(contentDir(talk, glossary), { ...fixtureOptions, ...options });
}

describe('checkContent on fixtures', () => {
  it('passes a complete talk page and glossary', () => {
    expect(check()).toEqual([]);
  });

  it.each(['In short', 'Discuss', 'Apply it', 'Further reading'])('reports a missing "## %s" section', (section) => {
    const talk = edit(goodTalk, `## ${section}\n`, `## Renamed section\n`);
    expect(check(talk)).toContainEqual(`${talkFile}: lacks the h2 section "## ${section}" (stage complete)`);
  });

  it.each([
    ['summary', 'summary: A short fixture page with every required section and only allowed links.\n'],
    ['speakers', 'speakers: []\n'],
    ['date', "date: '2023-10-10'\n"],
    ['tags', 'tags: [testing]\n'],
  ])('reports a missing frontmatter field "%s"', (field, line) => {
    expect(check(edit(goodTalk, line, ''))).toContainEqual(
      `${talkFile}: frontmatter lacks "${field}" (stage complete)`,
    );
  });

  it.each([
    ['a Markdown link', '[bad](https://evil.example.com/page)', 'https://evil.example.com/page'],
    ['a raw URL', 'see https://evil.example.com/raw.', 'https://evil.example.com/raw'],
    ['an href attribute', '<a href="https://evil.example.com/a">a</a>', 'https://evil.example.com/a'],
    ['a www. autolink', 'see www.evil.example.com today', 'https://www.evil.example.com'],
    ['a path outside an allowed prefix', '[x](https://example.org/allowedish)', 'https://example.org/allowedish'],
  ])('reports %s to a domain outside the allow-list, with its line', (_kind, markdown, url) => {
    const talk = edit(goodTalk, '## Discuss\n', `## Discuss\n\n${markdown}\n`);
    const line = talk.split('\n').indexOf(markdown) + 1;
    expect(check(talk)).toEqual([
      `${talkFile}:${line}: links to ${url}, which is not on the allow-list for testconf/sample-talk`,
    ]);
  });

  it('reports two files for one page, such as an imported .md beside its .mdx', () => {
    const dir = contentDir(goodTalk, goodGlossary, goodSources, { 'testconf/sample-talk.md': goodTalk });
    expect(checkContent(dir, fixtureOptions)).toContainEqual(
      'testconf/sample-talk.md, testconf/sample-talk.mdx: are one page (/testconf/sample-talk/); keep one file',
    );
  });

  it('reports a frontmatter link outside the allow-list', () => {
    const talk = edit(goodTalk, 'https://www.usenix.org/conference/testconf/program', 'https://slides.example.net/x');
    expect(check(talk)).toEqual([
      `${talkFile}:11: links to https://slides.example.net/x, which is not on the allow-list for testconf/sample-talk`,
    ]);
  });

  it('takes the shared entries from sources.yaml', () => {
    const problems = checkContent(contentDir(goodTalk, goodGlossary, null), fixtureOptions);
    expect(problems).toContainEqual(
      `${talkFile}:11: links to https://www.usenix.org/conference/testconf/program, which is not on the allow-list for testconf/sample-talk`,
    );
  });

  it("applies the conference page's sourceDomains to its talks, and to no other conference", () => {
    const talk = edit(goodTalk, 'sourceDomains: [example.org/allowed]\n', '');
    const conference = '---\ntitle: TestConf\npageType: conference\nsourceDomains: [example.org/allowed]\n---\n';
    const other = '---\ntitle: Other\npageType: conference\n---\n\n[a](https://example.org/allowed/page)\n';
    const dir = contentDir(talk, goodGlossary, goodSources, {
      'testconf/index.mdx': conference,
      'otherconf/index.mdx': other,
    });
    expect(checkContent(dir, fixtureOptions)).toEqual([
      'otherconf/index.mdx:6: links to https://example.org/allowed/page, which is not on the allow-list for otherconf',
    ]);
  });

  it('reports entries that are not a host or host/path prefix', () => {
    const talk = edit(
      goodTalk,
      'sourceDomains: [example.org/allowed]',
      "sourceDomains: ['https://example.org/allowed']",
    );
    const problems = checkContent(contentDir(talk, goodGlossary, '- usenix.org\n- 42\n'), fixtureOptions);
    expect(problems).toContainEqual(
      'sources.yaml: 42 must be a host ("usenix.org") or a host and path prefix ("github.com/owner/repo"), without https://',
    );
    expect(problems).toContainEqual(
      `${talkFile}: sourceDomains "https://example.org/allowed" must be a host ("usenix.org") or a host and path prefix ("github.com/owner/repo"), without https://`,
    );
  });

  it('ignores URLs inside fenced code and inline code', () => {
    const talk = edit(goodTalk, '## Discuss\n', '## Discuss\n\nRun `curl https://evil.example.com/`.\n');
    expect(check(talk)).toEqual([]);
  });

  it('reports a page with too few words of its own', () => {
    const problems = check(goodTalk, goodGlossary, { minWords: 1500 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^testconf\/sample-talk\.mdx: has \d+ words of its own \(the notes not counted\); needs at least 1500 \(stage complete\)$/,
    );
  });

  it("does not count the notes file as the page's own words", () => {
    const longNotes = `${goodNotes}${'- word word word word word word word word word word\n'.repeat(200)}`;
    const dir = contentDir(goodTalk, goodGlossary, goodSources, {}, longNotes);
    expect(checkContent(dir, { ...fixtureOptions, minWords: 1500 })[0]).toMatch(/words of its own/);
  });

  it('never checks the links in notes files against the allow-list', () => {
    expect(goodNotes).toContain('https://evil.example.com/');
    expect(check()).toEqual([]);
  });

  it('reports a complete page whose "Try it" embeds no demo', () => {
    const talk = edit(goodTalk, '<DriftLab client:visible />\n', '');
    expect(check(talk)).toEqual([`${talkFile}: "Try it" embeds no demo component (stage complete)`]);
  });

  it('accepts an explained page without demos, and says what complete needs', () => {
    const talk = edit(edit(goodTalk, 'stage: complete', 'stage: explained'), '<DriftLab client:visible />\n', '');
    const report = checkContentReport(contentDir(talk), fixtureOptions);
    expect(report.problems).toEqual([]);
    expect(report.nextSteps).toEqual([
      `${talkFile}: stage explained; for complete it needs: "Try it" embeds no demo component`,
    ]);
  });

  it('accepts an imported page at stage notes: title, conference and a notes file', () => {
    const talk = '---\ntitle: GitOps at scale\npageType: talk\nstage: notes\nconference: TestConf\n---\n';
    const report = checkContentReport(contentDir(talk), fixtureOptions);
    expect(report.problems.filter((p) => p.startsWith(talkFile))).toEqual([]);
    expect(report.nextSteps).toHaveLength(1);
    expect(report.nextSteps[0]).toMatch(
      /^testconf\/sample-talk\.mdx: stage notes; for explained it needs: frontmatter lacks "description"; .*lacks the h2 section "## In short"/,
    );
  });

  it('reads a talk without a stage as notes', () => {
    const talk = '---\ntitle: GitOps at scale\npageType: talk\nconference: TestConf\n---\n';
    expect(checkContentReport(contentDir(talk), fixtureOptions).nextSteps[0]).toMatch(/: stage notes; for explained/);
  });

  it('reports a notes page without a conference or a notes file, and an unknown stage', () => {
    const talk = '---\ntitle: GitOps at scale\npageType: talk\nstage: notes\n---\n';
    expect(check(talk, goodGlossary).filter((p) => p.startsWith(talkFile))).toEqual([
      `${talkFile}: frontmatter lacks "conference" (stage notes)`,
    ]);
    expect(checkContent(contentDir(goodTalk, goodGlossary, goodSources, {}, null), fixtureOptions)).toEqual([
      `${talkFile}: has no notes file (notes/<slug>.md beside the page) (stage complete)`,
    ]);
    expect(check(edit(goodTalk, 'stage: complete', 'stage: done'))).toEqual([
      `${talkFile}: frontmatter "stage" must be one of notes, explained, complete (got "done")`,
    ]);
  });

  it('reports an explained page without an explainer section', () => {
    const talk = edit(
      edit(goodTalk, '## What it means\n', '## Who gave this talk\n'),
      'stage: complete',
      'stage: explained',
    );
    expect(check(talk)).toContainEqual(expect.stringMatching(/has no explainer section/));
  });

  it('reports a "## The notes" section in the page body when a notes file exists', () => {
    const talk = edit(goodTalk, '## In short\n', '## The notes\n\n- pasted notes\n\n## In short\n');
    expect(check(talk)).toEqual([
      `${talkFile}: has its own "## The notes" section; the site shows testconf/notes/sample-talk.md there, so remove it`,
    ]);
  });

  it('lets other pages link to #the-notes of a talk with a notes file', () => {
    const talk = edit(goodTalk, '## Discuss\n', '## Discuss\n\nSee [the notes](/testconf/sample-talk/#the-notes).\n');
    expect(check(talk)).toEqual([]);
  });

  it('reports internal links to missing anchors and unknown glossary ids', () => {
    const talk = edit(
      goodTalk,
      '## Discuss\n',
      '## Discuss\n\nSee [x](/testconf/sample-talk/#nowhere) and [y](/glossary/#no-such-term).\n',
    );
    const problems = check(talk);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /link \/testconf\/sample-talk\/#nowhere: no heading on testconf\/sample-talk\.mdx has the anchor #nowhere$/,
    );
    expect(problems[1]).toMatch(/link \/glossary\/#no-such-term: no glossary entry has this id$/);
  });
});

describe('checkContent on the glossary', () => {
  it('reports too few entries', () => {
    expect(check(goodTalk, goodGlossary, { minGlossaryEntries: 40 })).toEqual([
      'glossary.yaml: has 3 entries; needs at least 40',
    ]);
  });

  it('reports a repeated id', () => {
    const glossary = edit(goodGlossary, '- id: second-term', '- id: sample-term');
    expect(check(goodTalk, glossary)).toEqual(['glossary.yaml: entry 2 ("sample-term") repeats the id "sample-term"']);
  });

  it('reports explainedAt pointing to a page that does not exist', () => {
    const glossary = edit(
      goodGlossary,
      'explainedAt: /testconf/sample-talk/\n',
      'explainedAt: /testconf/missing-talk/\n',
    );
    expect(check(goodTalk, glossary)).toEqual([
      'glossary.yaml: entry 3 ("overview-term") explainedAt /testconf/missing-talk/: no page in content/ has this path',
    ]);
  });

  it('reports explainedAt pointing to a heading that does not exist', () => {
    const glossary = edit(goodGlossary, '#why-it-matters', '#why-it-mattered');
    expect(check(goodTalk, glossary)).toEqual([
      'glossary.yaml: entry 2 ("second-term") explainedAt /testconf/sample-talk/#why-it-mattered: no heading on testconf/sample-talk.mdx has the anchor #why-it-mattered',
    ]);
  });

  it('reports a glossary that is not a list', () => {
    expect(check(goodTalk, 'sample-term: not a list\n')).toContainEqual(
      'glossary.yaml: must be a YAML list of entries',
    );
  });
});

describe('checkContent on the real content folder', () => {
  it('finds no problems', () => {
    expect(checkContent(join(here, '..'))).toEqual([]);
  });
});
