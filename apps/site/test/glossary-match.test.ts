import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGlossaryMatcher, spellings } from '../src/glossary/glossary-match';

const terms = [
  { id: 'slo', term: 'SLO (service level objective)', aliases: ['SLOs', 'service level objective'] },
  { id: 'error-budget', term: 'Error budget', aliases: ['error budgets'] },
  { id: 'ks', term: 'Kolmogorov–Smirnov test (KS)', aliases: ['KS'] },
  { id: 'http3', term: 'HTTP/3', aliases: ['h3'] },
];
const matcher = createGlossaryMatcher(terms);
const texts = (text: string, used = new Set<string>()) =>
  matcher.find(text, used).map((m) => [text.slice(m.start, m.end), m.id]);

describe('spellings', () => {
  it('lists the term, the term without its parenthetical and the aliases, longest first', () => {
    expect(spellings(terms[0] as (typeof terms)[number])).toEqual([
      'SLO (service level objective)',
      'service level objective',
      'SLOs',
      'SLO',
    ]);
  });
});

describe('glossary matcher', () => {
  it('finds whole words only', () => {
    expect(texts('Our SLO is slow; SLOWER is not SLOs.')).toEqual([['SLO', 'slo']]);
  });
  it('matches acronyms case-sensitively and plain words in any case', () => {
    expect(texts('slo and ks are not terms here')).toEqual([]);
    expect(texts('Error Budgets run out.')).toEqual([['Error Budgets', 'error-budget']]);
  });
  it('links only the first occurrence of a term, and skips ids already used on the page', () => {
    expect(texts('An error budget, another error budget.')).toEqual([['error budget', 'error-budget']]);
    expect(texts('An error budget and an SLO.', new Set(['error-budget']))).toEqual([['SLO', 'slo']]);
  });
  it('prefers the longest spelling at the same position', () => {
    expect(texts('Each service level objective counts.')).toEqual([['service level objective', 'slo']]);
  });
  it('accepts a hyphen for an en dash and symbols inside terms', () => {
    expect(texts('Run a Kolmogorov-Smirnov test (KS) over HTTP/3 traffic.')).toEqual([
      ['Kolmogorov-Smirnov test (KS)', 'ks'],
      ['HTTP/3', 'http3'],
    ]);
  });
  it('returns matches in text order without overlaps', () => {
    const found = matcher.find('HTTP/3 needs an SLO and an error budget', new Set());
    expect(found.map((m) => m.id)).toEqual(['http3', 'slo', 'error-budget']);
    for (let i = 1; i < found.length; i++) expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
  });
});

describe('glossary matcher against the plain lookbehind pattern', () => {
  /** The matcher's contract as one regular expression per spelling, as it was first written. */
  function referenceFind(text: string): string[] {
    const found: string[] = [];
    for (const term of terms) {
      for (const spelling of plainSpellings(term)) {
        const flags = spelling.replace(/[^A-Z]/g, '').length >= 2 ? 'u' : 'iu';
        const body = spelling
          .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
          .replace(/\s+/g, '\\s+')
          .replace(/[–-]/g, '[–-]');
        const m = new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, flags).exec(text);
        if (m) found.push(`${term.id}@${m.index}`);
      }
    }
    return found;
  }
  /** Spellings a one-spelling matcher can stand for (one with a parenthetical has a shorter spelling too). */
  const plainSpellings = (term: (typeof terms)[number]) => spellings(term).filter((s) => !s.includes('('));
  /** The first match per spelling, as the matcher sees it (one spelling at a time, nothing used). */
  function matcherFind(text: string): string[] {
    const found: string[] = [];
    for (const term of terms) {
      for (const spelling of plainSpellings(term)) {
        const single = createGlossaryMatcher([{ id: term.id, term: spelling }]);
        const [m] = single.find(text, new Set());
        if (m) found.push(`${term.id}@${m.start}`);
      }
    }
    return found;
  }

  it('finds the same first whole-word match for every spelling', () => {
    const pieces = [
      'SLO',
      'slo',
      'SLOs',
      'KS',
      'ks',
      'h3',
      'HTTP/3',
      'error',
      'budget',
      'Error budgets',
      'ſervice level objective',
      'budgets',
    ];
    const glue = [' ', '  ', '\n', '-', '–', '_', 'x', '7', 'é', '😀', '𝐀', '.', '(', '', 'ſ', '\u212a', 'İ', 'budgeT'];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...glue)), { maxLength: 14 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(matcherFind(t)).toEqual(referenceFind(t));
      }),
      { numRuns: 500 },
    );
  });
});
