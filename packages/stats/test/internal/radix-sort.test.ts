import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/create-rng.ts';
import { radixSortedCopy, radixSortInPlace, type SortScratch } from '../../src/internal/radix-sort.ts';
import { awkwardArray } from '../helpers/awkward-arbitraries.ts';
import { AWKWARD_KINDS, awkwardSample, sameBits } from '../helpers/awkward-samples.ts';

// The engine's comparison sort of a Float64Array is the simple reference: numeric order, −0 before +0.
const ORDERS = ['shuffled', 'ascending', 'descending'] as const;

/** radixSortedCopy of finite input, which must not be null. */
function copyOf(input: Float64Array, shared?: SortScratch): Float64Array {
  const out = radixSortedCopy(input, shared);
  if (out === null) throw new Error('radixSortedCopy returned null for finite input');
  return out;
}

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
          const copy = copyOf(input);
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
  it('fast-check: awkward doubles of any length, as drawn, ascending or descending', () => {
    fc.assert(
      fc.property(awkwardArray(0, 3000), (input) => {
        const want = input.slice().sort();
        const before = input.slice();
        expect(sameBits(copyOf(input), want)).toBe(true);
        expect(sameBits(input, before)).toBe(true);
        expect(sameBits(radixSortInPlace(input), want)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
  it('a reversed run of equal values and signed zeros keeps −0 before +0', () => {
    const input = new Float64Array(1000);
    for (let i = 0; i < 1000; i++) input[i] = i < 500 ? 0 : -0;
    expect(sameBits(copyOf(input), input.slice().sort())).toBe(true);
    const down = new Float64Array(1000);
    for (let i = 0; i < 1000; i++) down[i] = i < 500 ? 1 : i < 750 ? 0 : -0;
    expect(sameBits(copyOf(down), down.slice().sort())).toBe(true);
  });
  it('skips constant digits: a sample of one repeated value and one of two values', () => {
    const one = new Float64Array(2000).fill(3.5);
    expect(sameBits(copyOf(one), one)).toBe(true);
    const two = awkwardSample(9, 3000, 'ties').map((v) => (v > 0 ? 1e300 : -1e-300));
    expect(sameBits(copyOf(two), two.slice().sort())).toBe(true);
  });
});

describe('one scratch buffer shared by several sorts', () => {
  it('fast-check: the first result survives the second sort, and both equal unshared sorts', () => {
    fc.assert(
      fc.property(awkwardArray(0, 2500), awkwardArray(0, 2500), (x, y) => {
        const shared: SortScratch = { buffer: null };
        const sx = copyOf(x, shared);
        const sy = copyOf(y, shared);
        const sz = radixSortInPlace(x.slice(), shared);
        expect(sameBits(sx, x.slice().sort())).toBe(true);
        expect(sameBits(sy, y.slice().sort())).toBe(true);
        expect(sameBits(sz, sx)).toBe(true);
        if (shared.buffer !== null) {
          expect(shared.buffer).not.toBe(sx);
          expect(shared.buffer.buffer).not.toBe(sy.buffer);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('radixSortedCopy reports non-finite values while it counts digits', () => {
  it('returns null for NaN or ±Infinity anywhere, on every path (small, presorted, radix)', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      for (const order of ORDERS) {
        for (const n of [5, 600, 5003]) {
          for (const at of [0, n >> 1, n - 1]) {
            const input = awkwardSample(n, n, 'normal', order);
            input[at] = bad;
            const before = input.slice();
            expect(radixSortedCopy(input), `${bad} at ${at} of ${n}, ${order}`).toBeNull();
            expect(sameBits(input, before)).toBe(true);
          }
        }
      }
    }
  });
  it('an all-NaN array is not mistaken for a presorted one', () => {
    expect(radixSortedCopy(new Float64Array(1000).fill(Number.NaN))).toBeNull();
  });
});

describe('the levels below the top digit (runs that stay large after one or two digits)', () => {
  /** Values a few ulps apart around ±`centre`: they share the top key bits, so every level and the copy-back run. */
  const clustered = (centre: number, steps: number[], signs: boolean[]) =>
    Float64Array.from(steps, (k, i) => (signs[i % signs.length] ? -1 : 1) * (centre + k * centre * 2 ** -52));
  it('fast-check: clustered doubles with heavy ties, both signs, sorted bit for bit in place and as a copy', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 3.75, 1e-300, 2 ** 1000),
        fc.array(fc.integer({ min: 0, max: 2 ** 20 }), { minLength: 513, maxLength: 4000 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 40 }),
        (centre, steps, signs, tieMod) => {
          const input = clustered(
            centre,
            steps.map((k) => (tieMod === 0 ? k : k % (tieMod + 1))),
            signs,
          );
          const want = input.slice().sort();
          expect(sameBits(copyOf(input), want)).toBe(true);
          expect(sameBits(radixSortInPlace(input), want)).toBe(true);
        },
      ),
      { numRuns: 120, seed: 17 },
    );
  });
  it('one top bucket of 30000 values spread over its low 36 bits, and runs of one value among them', () => {
    const rng = createRng(11);
    const input = new Float64Array(30000);
    for (let i = 0; i < input.length; i++) input[i] = 1 + (i % 7 === 0 ? 0.5 : Math.floor(rng() * 2 ** 36) * 2 ** -40);
    expect(sameBits(copyOf(input), input.slice().sort())).toBe(true);
  });
});
