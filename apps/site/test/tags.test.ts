import { describe, expect, it } from 'vitest';
import { groupByTag, tagLabel } from '../src/learning/tags';

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
