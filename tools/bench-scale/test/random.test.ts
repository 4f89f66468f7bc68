import { describe, expect, it } from 'vitest';
import { seededChooser } from '../src/random.mjs';

describe('seededChooser', () => {
  it('repeats its choices for the same seed', () => {
    const draw = (seed: number) => {
      const c = seededChooser(seed);
      return Array.from({ length: 20 }, () => c.int(1, 1000));
    };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
  });
  it('keeps integers within both bounds', () => {
    const c = seededChooser(1);
    const values = new Set(Array.from({ length: 200 }, () => c.int(2, 4)));
    expect([...values].sort()).toEqual([2, 3, 4]);
  });
  it('samples distinct items in list order, all of them when asked for more', () => {
    const c = seededChooser(9);
    const items = ['a', 'b', 'c', 'd', 'e'];
    const picked = c.sample(items, 3);
    expect(new Set(picked).size).toBe(3);
    expect(picked).toEqual(items.filter((i) => picked.includes(i)));
    expect(c.sample(items, 9)).toEqual(items);
  });
  it('refuses to pick from an empty list', () => {
    expect(() => seededChooser(1).pick([])).toThrow(/non-empty/);
  });
});
