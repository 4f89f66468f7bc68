import { describe, expect, it } from 'vitest';
import { facetValueLabel, orderedValues } from '../src/search/facet-controls';

describe('orderedValues', () => {
  it('puts years newest first, stages in their order and the rest alphabetically', () => {
    expect(orderedValues('year', ['2023', '2025', '2024'])).toEqual(['2025', '2024', '2023']);
    expect(orderedValues('stage', ['complete', 'notes', 'explained'])).toEqual(['notes', 'explained', 'complete']);
    expect(orderedValues('speaker', ['robin', 'Liz', 'ada'])).toEqual(['ada', 'Liz', 'robin']);
  });
});

describe('facetValueLabel', () => {
  it('shows stage labels and tags with spaces, other values as they are', () => {
    expect(facetValueLabel('stage', 'notes')).toBe('Notes only');
    expect(facetValueLabel('stage', 'other')).toBe('other');
    expect(facetValueLabel('tag', 'machine-learning')).toBe('machine learning');
    expect(facetValueLabel('speaker', 'Liz Rice')).toBe('Liz Rice');
  });
});
