import { countWords } from '@confnotes/content/words';
import { describe, expect, it } from 'vitest';
import { deepDives, sectionMarkdown, topLevelListItems, withoutDeepDives } from '../src/reading/markdown-sections';
import { demoIntros } from '../src/session/demos';
import { formatMinutes, sessionPlan, stepMeta } from '../src/session/session-plan';

const body = `## The notes

- a note

## Try it

This section offers two demos: a **Drift Lab** (shift a live distribution, watch KS), and an **Alt-Svc parser** that explains each part of a header.

{/* demos */}

## Discuss

1. Pick one ML-backed feature. What is its **Prio 1** symptom?
2. Which [silent failure](/glossary/#silent-failure) could happen
   to us today?
   - a nested aside
3. Who should be paged?

## Apply it

- [ ] Do the thing
`;

describe('sectionMarkdown', () => {
  it('returns one h2 section up to the next h2, case-insensitively', () => {
    expect(sectionMarkdown(body, 'apply it')).toBe('- [ ] Do the thing');
    expect(sectionMarkdown(body, 'Nope')).toBe('');
  });
  it('ignores "##" lines inside code fences', () => {
    expect(sectionMarkdown('## A\n\n```\n## not a heading\n```\n\n## B\n', 'A')).toBe('```\n## not a heading\n```');
  });
});

describe('topLevelListItems', () => {
  it('joins continuation lines, drops nested items and Markdown syntax', () => {
    expect(topLevelListItems(sectionMarkdown(body, 'Discuss'))).toEqual([
      'Pick one ML-backed feature. What is its Prio 1 symptom?',
      'Which silent failure could happen to us today?',
      'Who should be paged?',
    ]);
  });
  it('strips task-list boxes', () => {
    expect(topLevelListItems('- [ ] Do it\n- [x] Done')).toEqual(['Do it', 'Done']);
  });
});

describe('demoIntros', () => {
  it('reads each bold demo name and what follows it', () => {
    expect(demoIntros(sectionMarkdown(body, 'Try it'))).toEqual([
      { name: 'Drift Lab', how: 'Shift a live distribution, watch KS' },
      { name: 'Alt-Svc parser', how: 'Explains each part of a header' },
    ]);
  });
  it('is empty when the section names no demos', () => {
    expect(demoIntros('')).toEqual([]);
  });
});

describe('sessionPlan', () => {
  it('adds reading, 5 min per demo and 4 min per question, rounded up to 5 min', () => {
    const plan = sessionPlan(body);
    expect(plan.readingMinutes).toBe(1);
    expect(plan.demoMinutes).toBe(10);
    expect(plan.discussionMinutes).toBe(12);
    expect(plan.totalMinutes).toBe(25);
    expect(plan.selfStudyMinutes).toBe(11);
    expect(plan.questions).toHaveLength(3);
  });
  it('counts the notes file the page shows in its reading time', () => {
    const notes = `## Talk\n\n${'- word word word word word word word word word word\n'.repeat(40)}`;
    expect(sessionPlan(body).words + 401).toBe(sessionPlan(body, { notes }).words);
    expect(sessionPlan(body, { notes }).readingMinutes).toBe(3);
  });
  it("counts words by the content check's rule, so the budget and the reading time agree", () => {
    const prose = 'We keep p at 3.5, e.g. here.\n\n<div class="original-notes">\nnot read\n</div>\n';
    expect(sessionPlan(prose).words).toBe(countWords(prose));
    expect(sessionPlan(prose).words).toBe(7);
  });
  it('fits a notes-stage page into one 45-minute slot, however long its notes', () => {
    const short = sessionPlan('', { notes: '## Talk\n\n- one note\n', stage: 'notes' });
    expect(short).toMatchObject({ totalMinutes: 45, walkMinutes: 1, discussionMinutes: 44 });
    const long = sessionPlan('', { notes: 'word '.repeat(20_000), stage: 'notes' });
    expect(long.readingMinutes).toBe(100);
    expect(long).toMatchObject({ totalMinutes: 45, walkMinutes: 30, discussionMinutes: 15 });
  });
  it('formats minutes as hours and minutes', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(85)).toBe('1 h 25 min');
  });
});

describe('stepMeta', () => {
  const demo = { name: 'Drift Lab', how: '' };
  it('writes the step line without stray spaces, with singular and plural demos', () => {
    expect(stepMeta(1, 5, { selfStudyMinutes: 19, readingMinutes: 14, demos: [demo] })).toBe(
      'Step 1 of 5 · about 19 min (14 min reading, 1 demo)',
    );
    expect(stepMeta(2, 5, { selfStudyMinutes: 84, readingMinutes: 14, demos: [demo, demo] })).toBe(
      'Step 2 of 5 · about 1 h 24 min (14 min reading, 2 demos)',
    );
    expect(stepMeta(3, 5, { selfStudyMinutes: 9, readingMinutes: 9, demos: [] })).toBe(
      'Step 3 of 5 · about 9 min (9 min reading)',
    );
  });
});

const withDive = `## Drift metrics

Visible words here.

<details>
<summary>**Deep dive:** the DKW band</summary>

One two three four five.

</details>

<details>
<summary>Show the raw data</summary>

Six seven.

</details>

## Discuss

1. First question?

<details>
<summary>Deep dive: more questions</summary>

1. A question only for a longer session?

</details>
`;

describe('deep dives', () => {
  it('finds <details> blocks whose summary starts with "Deep dive", and only those', () => {
    expect(deepDives(withDive)).toEqual([
      { summary: 'Deep dive: the DKW band', words: 5 },
      { summary: 'Deep dive: more questions', words: 8 },
    ]);
  });
  it('removes deep dives and keeps other <details> blocks', () => {
    const walked = withoutDeepDives(withDive);
    expect(walked).not.toContain('DKW');
    expect(walked).not.toContain('longer session');
    expect(walked).toContain('Show the raw data');
  });
  it('leaves deep dives out of the walk-through, the questions and the total, but not out of the page', () => {
    const plan = sessionPlan(withDive);
    expect(plan.questions).toEqual(['First question?']);
    expect(plan.deepDives).toHaveLength(2);
    expect(plan.deepDiveMinutes).toBe(1);
    expect(plan.pageWords).toBe(plan.words + 13);
  });
});
