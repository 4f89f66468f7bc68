import { describe, expect, it } from 'vitest';
import { type RouteSidebarGroup, type RouteSidebarLink, trimSidebar } from '../src/navigation/trim-sidebar';

const link = (label: string, href: string, isCurrent = false): RouteSidebarLink => ({
  type: 'link',
  label,
  href,
  isCurrent,
});
const group = (label: string, entries: RouteSidebarGroup['entries']): RouteSidebarGroup => ({
  type: 'group',
  label,
  entries,
});
const conference = (id: string, current?: string) =>
  group(id.toUpperCase(), [
    link('Conference overview', `/${id}/`, current === `/${id}/`),
    group('Day 1', [link('Talk', `/${id}/talk/`, current === `/${id}/talk/`)]),
  ]);

const options = { allConferencesHref: '/conferences/' };

describe('trimSidebar', () => {
  const startHere = group('Start here', [link('Home', '/'), link('Glossary', '/glossary/')]);

  it('keeps the current page’s conference in full and folds the others to one link each', () => {
    const full = [startHere, conference('b'), conference('a', '/a/talk/')];
    expect(trimSidebar(full, options)).toEqual([startHere, link('B', '/b/'), conference('a', '/a/talk/')]);
  });

  it('keeps the conference whose overview is the current page', () => {
    expect(trimSidebar([conference('a', '/a/')], options)).toEqual([conference('a', '/a/')]);
  });

  it('folds every conference on pages outside them, and leaves other groups alone', () => {
    const withCurrentSitePage = group('Start here', [link('Home', '/', true)]);
    expect(trimSidebar([withCurrentSitePage, conference('a'), conference('b')], options)).toEqual([
      withCurrentSitePage,
      link('A', '/a/'),
      link('B', '/b/'),
    ]);
  });

  it('does not change its input', () => {
    const full = [conference('a')];
    trimSidebar(full, options);
    expect(full).toEqual([conference('a')]);
  });

  it('keeps the first others as one link each and stands one link for the rest', () => {
    const full = [
      startHere,
      conference('e'),
      conference('d'),
      conference('c', '/c/talk/'),
      conference('b'),
      conference('a'),
    ];
    expect(trimSidebar(full, { keepOtherConferences: 2, allConferencesHref: '/conferences/' })).toEqual([
      startHere,
      link('E', '/e/'),
      link('D', '/d/'),
      conference('c', '/c/talk/'),
      link('All 5 conferences', '/conferences/'),
    ]);
  });

  it('needs no "all conferences" link when every other conference fits', () => {
    const full = [conference('b'), conference('a')];
    expect(trimSidebar(full, { keepOtherConferences: 2, allConferencesHref: '/conferences/' })).toEqual([
      link('B', '/b/'),
      link('A', '/a/'),
    ]);
  });
});
