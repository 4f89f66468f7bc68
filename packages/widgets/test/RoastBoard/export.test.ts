import { describe, expect, it } from 'vitest';
import { backlogCsv, backlogMarkdown, csvCell, markdownCell } from '../../src/RoastBoard/export';
import { SAMPLE_BOARD } from '../../src/RoastBoard/sample';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', `"'=1+1"`],
    ['+SUM(A1)', `"'+SUM(A1)"`],
    ['-2', `"'-2"`],
    ['@cmd', `"'@cmd"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['\tTAB', `"'\tTAB"`],
  ])('%j → %s', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('leaves numbers alone', () => {
    expect(csvCell(16)).toBe('16');
  });
});

describe('backlog exports', () => {
  it('CSV: header, one row per backlog item, CRLF', () => {
    const lines = backlogCsv(SAMPLE_BOARD).split('\r\n');
    expect(lines[0]).toBe(
      'Rank,Priority,Score,Element,Failure mode,Probability,Blast radius,Affected,Owner,Mitigation,Status',
    );
    expect(lines[1]).toBe(
      '1,P1,16,API,Deploy with a bad config,4,4,most API users,api team,Canary and automatic rollback,in-progress',
    );
    expect(lines).toHaveLength(8); // header + 6 items + trailing empty
  });

  it('CSV protects a hostile owner name', () => {
    const board = structuredClone(SAMPLE_BOARD);
    const first = board.failureModes[1];
    if (first) first.owner = '=cmd|" /C calc"!A0';
    expect(backlogCsv(board).split('\r\n')[1]).toContain(`"'=cmd|"" /C calc""!A0"`);
  });

  it('Markdown: a table with escaped pipes and no raw HTML', () => {
    expect(markdownCell('a | b\n<script>')).toBe('a \\| b &lt;script&gt;');
    const md = backlogMarkdown(SAMPLE_BOARD);
    expect(md.split('\n')[0]).toBe('# Reliability backlog: Model-serving service');
    expect(md).toContain('| 1 | P1 | 16 | API | Deploy with a bad config | 4 | 4 | most API users | api team |');
  });
});
