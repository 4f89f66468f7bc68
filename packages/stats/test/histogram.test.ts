import { describe, expect, it } from 'vitest';
import { histogram } from '../src/histogram.ts';
import { codeOf } from './helpers/close.ts';
import { HIST_CASES } from './helpers/scipy-dist-cases.ts';
import { seeded } from './helpers/seeded-data.ts';

describe('histogram (numpy convention)', () => {
  it('half-open bins, last bin closed, outside values ignored', () => {
    expect(histogram([1, 2, 2, 3, 4], [1, 2, 3, 4])).toEqual([1, 2, 2]);
    expect(histogram([0, 5, 1.5], [1, 2, 3])).toEqual([1, 0]);
  });
  it.each(HIST_CASES)('numpy parity on seeded %j', (a, edges, counts) => {
    expect(histogram(seeded(...a), edges)).toEqual(counts);
  });
  it.each([
    ['empty', () => histogram([], [0, 1]), 'EMPTY_SAMPLE'],
    ['NaN', () => histogram([Number.NaN], [0, 1]), 'NON_FINITE'],
    ['Infinity', () => histogram([Number.POSITIVE_INFINITY], [0, 1]), 'NON_FINITE'],
    ['one edge (bins < 1)', () => histogram([1], [0]), 'INVALID_OPTION'],
    ['unsorted edges', () => histogram([1], [0, 2, 1]), 'INVALID_OPTION'],
  ])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
