import { describe, expect, it } from 'vitest';
import { radixSortedCopy, radixSortInPlace } from '../../src/internal/radix-sort.ts';
import { AWKWARD_KINDS, awkwardSample, sameBits } from '../helpers/awkward-samples.ts';

// The engine's comparison sort of a Float64Array is the simple reference: numeric order, −0 before +0.
const ORDERS = ['shuffled', 'ascending', 'descending'] as const;

describe('radix sort on IEEE-754 bits against Float64Array#sort', () => {
  for (const kind of AWKWARD_KINDS) {
    for (const order of ORDERS) {
      it(`${kind}, ${order}: in place and as a copy, bit for bit`, () => {
        for (const [seed, n] of [
          [1, 600],
          [2, 5003],
          [3, 40000],
        ] as const) {
          const input = awkwardSample(seed, n, kind, order);
          const want = input.slice().sort();
          const before = input.slice();
          const copy = radixSortedCopy(input);
          expect(sameBits(copy, want)).toBe(true);
          expect(sameBits(input, before)).toBe(true);
          expect(copy).not.toBe(input);
          const inPlace = radixSortInPlace(input);
          expect(inPlace).toBe(input);
          expect(sameBits(inPlace, want)).toBe(true);
        }
      });
    }
  }
  it('a reversed run of equal values and signed zeros keeps −0 before +0', () => {
    const input = new Float64Array(1000);
    for (let i = 0; i < 1000; i++) input[i] = i < 500 ? 0 : -0;
    expect(sameBits(radixSortedCopy(input), input.slice().sort())).toBe(true);
    const down = new Float64Array(1000);
    for (let i = 0; i < 1000; i++) down[i] = i < 500 ? 1 : i < 750 ? 0 : -0;
    expect(sameBits(radixSortedCopy(down), down.slice().sort())).toBe(true);
  });
  it('skips constant digits: a sample of one repeated value and one of two values', () => {
    const one = new Float64Array(2000).fill(3.5);
    expect(sameBits(radixSortedCopy(one), one)).toBe(true);
    const two = awkwardSample(9, 3000, 'ties').map((v) => (v > 0 ? 1e300 : -1e-300));
    expect(sameBits(radixSortedCopy(two), two.slice().sort())).toBe(true);
  });
});
