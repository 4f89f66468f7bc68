import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.ts';

describe('clean', () => {
  it('keeps finite numbers in order and counts every kind of drop', () => {
    const r = clean([
      1,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2,
      null,
      Number.NEGATIVE_INFINITY,
      'x',
      undefined,
      -0,
      3,
    ]);
    expect(Array.from(r.values)).toEqual([1, 2, -0, 3]);
    expect(r.dropped).toEqual({ nan: 1, posInf: 1, negInf: 1, nonNumeric: 3 });
  });
  it('accepts typed arrays and empty input without throwing', () => {
    expect(Array.from(clean(new Float64Array([4, Number.NaN])).values)).toEqual([4]);
    expect(clean([]).values.length).toBe(0);
  });
  it('does not mutate or alias its input', () => {
    const input = new Float64Array([1, 2]);
    const r = clean(input);
    r.values[0] = 9;
    expect(input[0]).toBe(1);
  });
});
