import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../check/check-glossary.mjs';
import { parseGlossary } from '../check/glossary-schema.mjs';

/** A valid entry; each case below breaks one rule of it. */
const good = {
  id: 'error-budget',
  term: 'Error budget',
  aliases: ['error budgets'],
  definition: 'The share of requests an SLO allows to fail over its window.',
  explainedAt: '/srecon23-emea/talk/#error-budgets',
};
const other = { ...good, id: 'burn-rate', term: 'Burn rate' };

describe('parseGlossary', () => {
  it('accepts valid entries and fills in missing aliases', () => {
    const { aliases: _, ...noAliases } = other;
    expect(parseGlossary([good, noAliases])).toEqual({ entries: [good, { ...noAliases, aliases: [] }], problems: [] });
  });

  it.each([
    ['an id that is not kebab-case', { id: 'Error_Budget' }, 'needs a lowercase-kebab-case "id"'],
    ['an id with a doubled hyphen', { id: 'error--budget' }, 'needs a lowercase-kebab-case "id"'],
    ['an id that ends in a hyphen', { id: 'error-' }, 'needs a lowercase-kebab-case "id"'],
    ['a missing id', { id: undefined }, 'needs a lowercase-kebab-case "id"'],
    ['a blank term', { term: '  ' }, 'lacks "term"'],
    ['a missing term', { term: undefined }, 'lacks "term"'],
    ['aliases that are not a list', { aliases: 'error budgets' }, 'needs "aliases" to be a list'],
    ['an alias that is blank', { aliases: ['ok', ''] }, 'needs "aliases" to be a list'],
    ['an alias that is not a string', { aliases: [42] }, 'needs "aliases" to be a list'],
    ['a definition padded to 20 characters', { definition: '   Too short.        ' }, 'needs a "definition"'],
    ['a missing definition', { definition: undefined }, 'needs a "definition"'],
    ['a relative explainedAt', { explainedAt: 'srecon23-emea/talk/' }, 'needs a root-relative "explainedAt"'],
    ['an explainedAt with a space', { explainedAt: '/srecon23-emea/a talk/' }, 'needs a root-relative "explainedAt"'],
    ['an unknown field', { see: '/x/' }, 'has fields the glossary does not know: "see"'],
  ])('rejects %s', (_, change, message) => {
    const entry = { ...other, ...change };
    const { entries, problems } = parseGlossary([good, entry]);
    expect(entries).toEqual([good]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^entry 2\b/);
    expect(problems[0]).toContain(message);
  });

  it('rejects a repeated id and keeps the first entry', () => {
    expect(parseGlossary([good, { ...other, id: good.id }])).toEqual({
      entries: [good],
      problems: ['entry 2 ("error-budget") repeats the id "error-budget"'],
    });
  });

  it('rejects entries that are not mappings and a glossary that is not a list', () => {
    expect(parseGlossary([good, 'error budget', ['x']]).problems).toEqual([
      'entry 2 is not a mapping',
      'entry 3 is not a mapping',
    ]);
    expect(parseGlossary({ id: 'x' }).problems).toEqual(['must be a YAML list of entries']);
  });
});

describe('checkGlossary', () => {
  it('reports the schema problems, then links that do not resolve', () => {
    const resolve = (link: string) => (link.includes('missing') ? 'no page has this path' : null);
    const entries = [good, { ...other, explainedAt: '/missing/' }, { ...other, id: 'x', term: '' }];
    expect(checkGlossary(entries, 4, resolve)).toEqual([
      'has 3 entries; needs at least 4',
      'entry 3 ("x") lacks "term"',
      'entry 2 ("burn-rate") explainedAt /missing/: no page has this path',
    ]);
  });
});
