import { describe, expect, it } from 'vitest';
import { countWords } from '../check/count-words.mjs';

describe('countWords', () => {
  it('counts prose and list words', () => {
    expect(countWords('## In short\n\n- Page on **symptoms**, not causes.')).toBe(7);
    expect(countWords('')).toBe(0);
  });

  it('joins words by apostrophes, hyphens and dots only', () => {
    expect(countWords("don't page on drift-aware alerts’ noise")).toBe(6);
    expect(countWords('p = 0.25, e.g. at 9 a.m. on research.google.com')).toBe(8);
    expect(countWords('one -- two, three.Four/five')).toBe(4);
  });

  it('skips imports, MDX comments, JSX tags, code fences, display maths and URLs', () => {
    const body = [
      "import Demos from './_demos.mdx';",
      "export const frontmatterNote = 'x';",
      '',
      'Two words',
      '{/* demos */}',
      '<Demos />',
      '```sh',
      'bpftrace -e "tracepoint:syscalls { @[comm] = count(); }"',
      '```',
      '  ~~~',
      '  indented fence',
      '  ~~~',
      '$$',
      'W_1 = \\int |F - G|',
      '$$',
      'See [the paper](https://example.org/a/b) at https://example.org/x',
    ].join('\n');
    expect(countWords(body)).toBe(6);
  });

  it('skips the original-notes block but counts text inside other tags', () => {
    expect(countWords('<div class="original-notes">\nfour words of notes\n</div>\n<b>two words</b>')).toBe(2);
  });

  it('counts an import word inside a sentence', () => {
    expect(countWords('We import metrics and export traces.')).toBe(6);
  });
});
