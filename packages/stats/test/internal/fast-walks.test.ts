import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ksWalk } from '../../src/internal/ks-walk.ts';
import { w1Sorted } from '../../src/internal/w1-sorted.ts';
import { awkwardArray } from '../helpers/awkward-arbitraries.ts';
import { AWKWARD_KINDS, awkwardSample } from '../helpers/awkward-samples.ts';
import { ksWalkSimple, w1SortedSimple } from '../helpers/simple-walks.ts';

/** Pairs of ascending samples: same kind, different seeds and sizes, some shifted or nested. */
function pairs(): [string, Float64Array, Float64Array][] {
  const out: [string, Float64Array, Float64Array][] = [];
  for (const kind of AWKWARD_KINDS) {
    for (const [seed, n, m] of [
      [1, 7, 5],
      [2, 300, 300],
      [3, 2000, 1500],
      [4, 1, 900],
    ] as const) {
      const a = awkwardSample(seed, n, kind).sort();
      const b = awkwardSample(seed + 100, m, kind).sort();
      out.push([`${kind} ${n}/${m}`, a, b]);
      out.push([`${kind} ${n}/${m} swapped`, b, a]);
      out.push([`${kind} ${n}/${m} vs itself`, a, a.slice()]);
    }
  }
  const low = awkwardSample(7, 500, 'normal').sort();
  out.push(['disjoint', low, low.map((v) => v + 100)]);
  out.push(['disjoint reversed', low.map((v) => v + 100), low]);
  out.push([
    'interleaved',
    Float64Array.from({ length: 400 }, (_, i) => 2 * i),
    Float64Array.from({ length: 400 }, (_, i) => 2 * i + 1),
  ]);
  return out;
}

describe('tuned merge walks agree with the plain ones', () => {
  it('ksWalk: every field identical (D±, locations, lattice numerators, ties)', () => {
    for (const [name, a, b] of pairs()) expect(ksWalk(a, b), name).toEqual(ksWalkSimple(a, b));
  });
  it('w1Sorted: the same double', () => {
    for (const [name, a, b] of pairs()) expect(Object.is(w1Sorted(a, b), w1SortedSimple(a, b)), name).toBe(true);
  });
  it('fast-check: both walks on awkward pairs (ties, ±0, subnormals, ±1e308, tiny and large n)', () => {
    const sortedArray = awkwardArray(1, 1500).map((x) => x.sort());
    fc.assert(
      fc.property(sortedArray, sortedArray, fc.boolean(), (a, b, overlap) => {
        // half the pairs share values on purpose, so ties across the samples are common
        const cur = overlap ? Float64Array.from([...b, ...a.subarray(0, a.length >> 1)]).sort() : b;
        expect(ksWalk(a, cur)).toEqual(ksWalkSimple(a, cur));
        expect(Object.is(w1Sorted(a, cur), w1SortedSimple(a, cur))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
