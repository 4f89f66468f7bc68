import { describe, expect, it } from 'vitest';
import { orderTalks } from '../src/navigation/order';
import { groupByTag, groupByYear, tagLabel, topicGroups } from '../src/tags/tags';

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

describe('topicGroups', () => {
  const conferences = [
    { id: 'srecon23', date: '2023-10-10' },
    { id: 'kubecon24', date: '2024-03-20' },
    { id: 'devopsdays24', date: '2024-06-01' },
    { id: 'undated', date: undefined },
  ];
  const dates = new Map(conferences.map((c) => [c.id, c.date]));
  const talk = (id: string, day?: number, date?: string) => ({ id, day, data: { date } });

  it('orders a tag’s talks by year and conference, newest first, talks in reading order', () => {
    const shuffled = [
      talk('srecon23/b', 1),
      talk('kubecon24/z', 2),
      talk('undated/x', undefined, '2022-05-05'),
      talk('devopsdays24/m', 1),
      talk('kubecon24/a', 1),
      talk('srecon23/a', 1),
    ];
    const groups = topicGroups(orderTalks(shuffled, conferences), dates);
    expect(groups.map((g) => [g.year, g.conferences.map((c) => [c.id, c.items.map((i) => i.id)])])).toEqual([
      [
        '2024',
        [
          ['devopsdays24', ['devopsdays24/m']],
          ['kubecon24', ['kubecon24/a', 'kubecon24/z']],
        ],
      ],
      ['2023', [['srecon23', ['srecon23/a', 'srecon23/b']]]],
      ['2022', [['undated', ['undated/x']]]],
    ]);
  });

  it('puts talks with neither a conference date nor their own last', () => {
    const groups = topicGroups([talk('undated/x'), talk('srecon23/a')], dates);
    expect(groups.map((g) => g.year)).toEqual(['2023', undefined]);
  });
});
