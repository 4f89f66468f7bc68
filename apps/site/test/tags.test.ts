import { describe, expect, it } from 'vitest';
import { groupByTag, groupByYear, tagLabel } from '../src/tags/tags';

describe('groupByTag', () => {
  it('groups items by tag, tags sorted, items in their order, duplicates once', () => {
    const items = [
      { id: 'a', tags: ['slo', 'alerting'] },
      { id: 'b', tags: ['alerting', 'alerting'] },
      { id: 'c', tags: undefined },
    ];
    const groups = groupByTag(items, (i) => i.tags);
    expect([...groups.keys()]).toEqual(['alerting', 'slo']);
    expect(groups.get('alerting')?.map((i) => i.id)).toEqual(['a', 'b']);
  });
  it('labels kebab-case tags with spaces', () => {
    expect(tagLabel('machine-learning')).toBe('machine learning');
  });
});

describe('groupByYear', () => {
  it('groups by year newest first, undated last, then by conference in first-seen order', () => {
    const items = [
      { id: 'k/1', conf: 'k', date: '2024-03-20' },
      { id: 'u/1', conf: 'u', date: undefined },
      { id: 's/1', conf: 's', date: '2023-10-10' },
      { id: 'k/2', conf: 'k', date: '2024-03-20' },
      { id: 'd/1', conf: 'd', date: '2024-01-05' },
      { id: 's/2', conf: 's', date: '2023-10-10' },
    ];
    const groups = groupByYear(
      items,
      (i) => i.date,
      (i) => i.conf,
    );
    expect(groups.map((g) => [g.year, g.conferences.map((c) => [c.id, c.items.map((i) => i.id)])])).toEqual([
      [
        '2024',
        [
          ['k', ['k/1', 'k/2']],
          ['d', ['d/1']],
        ],
      ],
      ['2023', [['s', ['s/1', 's/2']]]],
      [undefined, [['u', ['u/1']]]],
    ]);
  });
});
