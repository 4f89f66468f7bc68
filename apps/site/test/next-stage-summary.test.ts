import { describe, expect, it } from 'vitest';
import { nextStageSummary } from '../src/integrations/next-stage-summary.mjs';

describe('nextStageSummary', () => {
  it('writes one line per distinct need, in first-seen order', () => {
    expect(nextStageSummary(['a.md: needs x', 'b.mdx: needs y', 'c.md: needs x'])).toEqual([
      'a.md, c.md: needs x',
      'b.mdx: needs y',
    ]);
  });

  it('names three pages of a large group and counts the rest', () => {
    const lines = Array.from({ length: 700 }, (_, i) => `conf/t${i}.md: stage notes; for explained it needs: a; b`);
    expect(nextStageSummary(lines)).toEqual([
      '700 pages (conf/t0.md, conf/t1.md, conf/t2.md and 697 more): stage notes; for explained it needs: a; b',
    ]);
  });

  it('keeps a page name that contains ": " whole', () => {
    expect(nextStageSummary(['x/a: b.md: needs z'])).toEqual(['x/a: b.md: needs z']);
  });
});
