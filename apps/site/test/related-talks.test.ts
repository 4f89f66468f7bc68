import { describe, expect, it } from 'vitest';
import { createGlossaryMatcher } from '../src/glossary/glossary-match';
import { pageFacts } from '../src/related/page-facts';
import { linkedPageId, mentionedIn, type PageFacts, relatedReason, relatedTalks } from '../src/related/related-talks';

const talk = (id: string, facts: Partial<PageFacts> = {}): PageFacts => ({
  id,
  isTalk: true,
  tags: [],
  terms: [],
  linksTo: [],
  ...facts,
});

describe('relatedTalks', () => {
  const pages = [
    talk('c/self', { tags: ['slo', 'alerting', 'ml'], terms: ['slo', 'drift'], linksTo: ['c/linked'] }),
    talk('c/one-term', { terms: ['slo'] }),
    talk('c/two-terms', { terms: ['slo', 'drift'] }),
    talk('c/one-tag', { tags: ['ml'] }),
    talk('c/linked'),
    talk('c/links-back', { linksTo: ['c/self'] }),
    talk('c/two-tags', { tags: ['alerting', 'slo'], terms: ['drift'] }),
    { ...talk('overview', { tags: ['slo', 'alerting', 'ml'] }), isTalk: false },
  ];

  it('ranks strongest first: 3 per link direction, 2 per tag, 1 per term; ties in given order', () => {
    expect(relatedTalks(pages, 'c/self', 10).map((r) => [r.id, r.score])).toEqual([
      ['c/two-tags', 5],
      ['c/linked', 3],
      ['c/links-back', 3],
      ['c/two-terms', 2],
      ['c/one-tag', 2],
    ]);
  });

  it('keeps the evidence, leaves out weak matches, other pages and itself, and honours the limit', () => {
    const [first] = relatedTalks(pages, 'c/self', 1);
    expect(first).toEqual({
      id: 'c/two-tags',
      score: 5,
      sharedTags: ['alerting', 'slo'],
      sharedTerms: ['drift'],
      linkedFromHere: false,
      linksHere: false,
    });
    const ids = relatedTalks(pages, 'c/self', 10).map((r) => r.id);
    expect(ids).not.toContain('c/one-term');
    expect(ids).not.toContain('overview');
    expect(ids).not.toContain('c/self');
  });

  it('is empty for an unknown page or a page with nothing in common', () => {
    expect(relatedTalks(pages, 'nope')).toEqual([]);
    expect(relatedTalks([talk('a', { tags: ['x'] }), talk('b', { tags: ['y'] })], 'a')).toEqual([]);
  });
});

describe('mentionedIn and relatedReason', () => {
  it('lists the pages linking to a page, any kind of page', () => {
    const pages = [
      talk('a', { linksTo: ['b'] }),
      { ...talk('conf', { linksTo: ['b', 'a'] }), isTalk: false },
      talk('b'),
    ];
    expect(mentionedIn(pages, 'b')).toEqual(['a', 'conf']);
    expect(mentionedIn(pages, 'conf')).toEqual([]);
  });

  it('says why, naming terms as the glossary writes them', () => {
    const name = (id: string) => ({ slo: 'SLO', 'error-budget': 'error budget' })[id] ?? id;
    const base = { id: 'x', score: 0, sharedTags: [], sharedTerms: [], linkedFromHere: false, linksHere: false };
    expect(relatedReason({ ...base, sharedTags: ['slo', 'sre'], sharedTerms: ['error-budget', 'slo'] }, name)).toBe(
      'shares tags: slo, sre; terms: error budget, SLO',
    );
    expect(relatedReason({ ...base, linkedFromHere: true, linksHere: true }, name)).toBe(
      'linked from this page; links to this page',
    );
  });
});

describe('pageFacts', () => {
  const matcher = createGlossaryMatcher([
    { id: 'slo', term: 'SLO (service level objective)' },
    { id: 'error-budget', term: 'error budget', aliases: ['error budgets'] },
    { id: 'qpack', term: 'QPACK' },
  ]);
  const ids = new Set(['conf', 'conf/a', 'conf/b']);

  it('reads glossary links and named terms, page links (not site pages), and drops self-links', () => {
    const body = [
      'Set an SLO, then spend [the budget](/glossary/#error-budget).',
      'See [talk b](/conf/b/#section), [the overview](/conf/), [itself](/conf/a/) and [tags](/tags/slo/).',
      '```',
      'QPACK in code does not count, nor [a link](/conf/b/) here',
      '```',
      'nor `QPACK` inline.',
    ].join('\n');
    expect(pageFacts({ id: 'conf/a', isTalk: true, tags: ['slo', 'slo'], body }, matcher, ids)).toEqual({
      id: 'conf/a',
      isTalk: true,
      tags: ['slo'],
      terms: ['error-budget', 'slo'],
      linksTo: ['conf/b', 'conf'],
    });
  });

  it('maps a link to its page id', () => {
    expect(linkedPageId('/conf/b/#x', ids)).toBe('conf/b');
    expect(linkedPageId('/conf/b/?q=1', ids)).toBe('conf/b');
    expect(linkedPageId('/glossary/#slo', ids)).toBeNull();
  });
});
