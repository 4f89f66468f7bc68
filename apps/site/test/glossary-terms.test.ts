import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGlossaryTerms } from '../src/glossary/glossary-terms';
import { contentDir } from '../src/talks/content-dir.mjs';

const entry = (fields: Record<string, string>) =>
  `- ${Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n  ')}\n`;
const good = {
  id: 'error-budget',
  term: 'Error budget',
  aliases: '[error budgets]',
  definition: 'The share of requests an SLO allows to fail.',
  explainedAt: '/conf/talk/#budgets',
};

describe('parseGlossaryTerms', () => {
  it('returns what the glossary links need, aliases defaulting to none', () => {
    const { aliases: _, ...noAliases } = good;
    expect(parseGlossaryTerms(entry(good) + entry({ ...noAliases, id: 'burn-rate' }))).toEqual([
      { id: 'error-budget', term: 'Error budget', definition: good.definition, aliases: ['error budgets'] },
      { id: 'burn-rate', term: 'Error budget', definition: good.definition, aliases: [] },
    ]);
  });

  it.each([
    [
      'an id that is not kebab-case',
      { id: 'Error_Budget' },
      /entry 1 \("Error_Budget"\) needs a lowercase-kebab-case "id"/,
    ],
    ['a blank term', { term: "''" }, /entry 1 \("error-budget"\) lacks "term"/],
    ['aliases that are not a list', { aliases: 'error budgets' }, /needs "aliases" to be a list/],
    ['a short definition', { definition: 'Too short.' }, /needs a "definition" of at least 20 characters/],
    ['a relative explainedAt', { explainedAt: 'conf/talk/' }, /needs a root-relative "explainedAt" link/],
    ['an unknown field', { seeAlso: '/x/' }, /has fields the glossary does not know: "seeAlso"/],
  ])('fails on %s, naming the entry', (_, change, message) => {
    expect(() => parseGlossaryTerms(entry({ ...good, ...change }))).toThrow(message);
  });

  it('fails on a repeated id and on a file that is not a list', () => {
    expect(() => parseGlossaryTerms(entry(good) + entry(good))).toThrow(
      'glossary.yaml: entry 2 ("error-budget") repeats the id "error-budget"',
    );
    expect(() => parseGlossaryTerms('id: x')).toThrow('glossary.yaml: must be a YAML list of entries');
  });

  it("reads the site's own glossary", () => {
    const terms = parseGlossaryTerms(readFileSync(`${contentDir()}glossary.yaml`, 'utf8'));
    expect(terms.length).toBeGreaterThanOrEqual(40);
  });
});
