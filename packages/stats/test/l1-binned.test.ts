import { describe, expect, it } from 'vitest';
import { l1Binned } from '../src/l1-binned.ts';
import { codeOf } from './helpers/close.ts';

describe('l1Binned', () => {
  it('is Σ|p − q| over normalised shares, in [0, 2]', () => {
    expect(l1Binned([1, 1, 0], [0, 1, 1])).toBe(1);
    expect(l1Binned([1, 0], [0, 5])).toBe(2);
    expect(l1Binned([2, 2], [5, 5])).toBe(0);
  });
  it.each([
    ['empty', () => l1Binned([], []), 'EMPTY_SAMPLE'],
    ['negative', () => l1Binned([-1, 2], [1, 1]), 'NOT_A_DISTRIBUTION'],
    ['length mismatch', () => l1Binned([1], [1, 2]), 'LENGTH_MISMATCH'],
    ['NaN', () => l1Binned([Number.NaN], [1]), 'NON_FINITE'],
  ])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
