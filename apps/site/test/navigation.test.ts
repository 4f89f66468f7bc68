import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dayLabel, groupByDay } from '../src/navigation/days';
import { compareConferences, compareTalks, orderTalks } from '../src/navigation/order';
import { readConferences } from '../src/navigation/read-content';
import { buildSidebar, siteSidebar, startHere } from '../src/navigation/sidebar';
import { contentDir } from '../src/talks/content-dir.mjs';

const fixtures = fileURLToPath(new URL('./fixtures/two-conferences/', import.meta.url));

describe('compareConferences', () => {
  it('puts the newest first, undated last, ties by id', () => {
    const sorted = [
      { id: 'undated-b' },
      { id: 'old', date: '2022-06-14' },
      { id: 'undated-a' },
      { id: 'new-b', date: '2024-03-19' },
      { id: 'new-a', date: '2024-03-19' },
    ].sort(compareConferences);
    expect(sorted.map((c) => c.id)).toEqual(['new-a', 'new-b', 'old', 'undated-a', 'undated-b']);
  });
});

describe('compareTalks', () => {
  it('orders by day, then order, then slot start, then file name, each missing value last', () => {
    const sorted = [
      { id: 'c/no-day' },
      { id: 'c/d2-order1', day: 2, order: 1 },
      { id: 'c/d1-b' },
      { id: 'c/d1-late', day: 1, slot: { start: '14:00' } },
      { id: 'c/d1-b2', day: 1 },
      { id: 'c/d1-a2', day: 1 },
      { id: 'c/d1-early', day: 1, slot: { start: '09:00' } },
      { id: 'c/d1-order2', day: 1, order: 2, slot: { start: '08:00' } },
      { id: 'c/d1-order1', day: 1, order: 1, slot: { start: '16:00' } },
    ].sort(compareTalks);
    expect(sorted.map((t) => t.id)).toEqual([
      'c/d1-order1',
      'c/d1-order2',
      'c/d1-early',
      'c/d1-late',
      'c/d1-a2',
      'c/d1-b2',
      'c/d2-order1',
      'c/d1-b',
      'c/no-day',
    ]);
  });
});

describe('orderTalks', () => {
  it('orders talks by their conference’s date first, then within it', () => {
    const talks = [{ id: 'orphan/x' }, { id: 'old/a', day: 1 }, { id: 'new/b', day: 2 }, { id: 'new/a', day: 1 }];
    const conferences = [
      { id: 'old', date: '2022-01-01' },
      { id: 'new', date: '2024-01-01' },
    ];
    expect(orderTalks(talks, conferences).map((t) => t.id)).toEqual(['new/a', 'new/b', 'old/a', 'orphan/x']);
  });
});

describe('dayLabel and groupByDay', () => {
  const days = [
    { day: 1, date: '2023-10-10' },
    { day: 2, label: 'Notes from Wednesday' },
    { day: 3, label: 'Day 3: Thursday' },
    { day: 4, label: 'Day 4' },
  ];
  it.each([
    [1, 'Day 1 · Tue 10 Oct 2023'],
    [2, 'Day 2 · Notes from Wednesday'],
    [3, 'Day 3: Thursday'],
    [4, 'Day 4'],
    [5, 'Day 5'],
  ])('labels day %i "%s"', (day, label) => expect(dayLabel(day, days)).toBe(label));

  it('does not take "Day 10" for day 1', () => {
    expect(dayLabel(1, [{ day: 1, label: 'Day 10 recap' }])).toBe('Day 1 · Day 10 recap');
  });

  it('groups by day in day order, talks without a day last', () => {
    const groups = groupByDay([{ id: 'a', day: 2 }, { id: 'b' }, { id: 'c', day: 1 }, { id: 'd', day: 2 }], days);
    expect(groups.map((g) => [g.label, g.talks.map((t) => t.id)])).toEqual([
      ['Day 1 · Tue 10 Oct 2023', ['c']],
      ['Day 2 · Notes from Wednesday', ['a', 'd']],
      ['Day not given', ['b']],
    ]);
  });

  it('calls the one group "Talks" when no talk has a day', () => {
    expect(groupByDay([{ id: 'a' }]).map((g) => g.label)).toEqual(['Talks']);
  });
});

describe('readConferences', () => {
  it('reads each conference folder’s index and talk frontmatter, skipping partials, notes and other pages', () => {
    const conferences = readConferences(fixtures);
    expect(conferences.map((c) => [c.id, c.date, c.talks.map((t) => t.id)])).toEqual([
      [
        'kubecon-eu-2024',
        '2024-03-19',
        [
          'kubecon-eu-2024/admission',
          'kubecon-eu-2024/ebpf-keynote',
          'kubecon-eu-2024/gitops',
          'kubecon-eu-2024/hallway-track',
        ],
      ],
      ['srecon-2022', '2022-06-14', ['srecon-2022/a-talk', 'srecon-2022/b-talk', 'srecon-2022/c-talk']],
    ]);
    expect(conferences[0]?.days).toEqual([
      { day: 1, date: '2024-03-20', label: undefined },
      { day: 2, date: undefined, label: 'Notes from Thursday' },
    ]);
    expect(conferences[0]?.talks.find((t) => t.id.endsWith('ebpf-keynote'))).toEqual({
      id: 'kubecon-eu-2024/ebpf-keynote',
      title: 'An eBPF keynote',
      day: 1,
      order: undefined,
      slot: { start: '09:00' },
    });
  });
});

describe('buildSidebar', () => {
  it('has Start here, then each conference newest first with its overview and day groups', () => {
    expect(buildSidebar(readConferences(fixtures))).toEqual([
      startHere,
      {
        label: 'KubeCon EU 2024',
        items: [
          { label: 'Conference overview', slug: 'kubecon-eu-2024' },
          {
            label: 'Day 1 · Wed 20 Mar 2024',
            items: [{ slug: 'kubecon-eu-2024/ebpf-keynote' }, { slug: 'kubecon-eu-2024/admission' }],
          },
          { label: 'Day 2 · Notes from Thursday', items: [{ slug: 'kubecon-eu-2024/gitops' }] },
          { label: 'Day not given', items: [{ slug: 'kubecon-eu-2024/hallway-track' }] },
        ],
      },
      {
        label: 'SREcon 2022',
        items: [
          { label: 'Conference overview', slug: 'srecon-2022' },
          {
            label: 'Talks',
            items: [{ slug: 'srecon-2022/c-talk' }, { slug: 'srecon-2022/b-talk' }, { slug: 'srecon-2022/a-talk' }],
          },
        ],
      },
    ]);
  });

  it('links the site’s own pages, All conferences among them', () => {
    expect(startHere.items).toContainEqual({ label: 'All conferences', link: '/conferences/' });
  });

  it('reads CONFNOTES_CONTENT_DIR when set, else the repo’s content folder', () => {
    expect(contentDir({ CONFNOTES_CONTENT_DIR: resolve(fixtures) })).toBe(`${resolve(fixtures)}/`);
    expect(() => contentDir({ CONFNOTES_CONTENT_DIR: 'test/fixtures/two-conferences' })).toThrow(/absolute path/);
    const repo = siteSidebar({});
    expect(repo[1]).toMatchObject({ label: 'SREcon23 EMEA' });
    expect(JSON.stringify(repo[1])).toContain('Day 1 · Tue 10 Oct 2023');
    expect(siteSidebar({ CONFNOTES_CONTENT_DIR: resolve(fixtures) })).toHaveLength(3);
  });
});
