import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { psi } from '../src/psi.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { PSI_CASES } from './helpers/scipy-dist-cases.ts';
import { seeded, seq } from './helpers/seeded-data.ts';

const x = seq(300, 7919, 1000, 100);
const yShift = seq(200, 104729, 997, 100, 1.0);

describe('psi — numpy reference fixtures', () => {
  it('reference deciles, shifted pair: 0.7348171973679806 with the listed edges and shares', () => {
    const r = psi(x, yShift);
    expectClose(r.value, 0.7348171973679806, 1e-9);
    const edges = [0.987, 1.984, 3.011, 3.998, 5.025, 6.022, 7.049, 8.006, 9.003];
    for (const [k, b] of r.bins.slice(0, 9).entries()) expectClose(b.upper, edges[k] as number, 0, 1e-14);
    expect(r.bins.map((b) => b.refShare)).toEqual(Array(10).fill(0.1));
    const cur = [0, 0.105, 0.105, 0.105, 0.105, 0.105, 0.105, 0.09, 0.105, 0.175];
    for (const [k, b] of r.bins.entries()) expectClose(b.curShare, cur[k] as number, 1e-12);
    expect(r.emptyBins).toBe(1);
    // the one empty bin contributes ≈ 0.69 of 0.735 (docs/stats-conventions.md#psi-bins)
    expectClose(r.bins[0]?.contribution as number, (0.1 - 1e-4) * Math.log(0.1 / 1e-4), 1e-12);
    expect(r.band).toBe('significant');
    expect(r.bins[0]?.lower).toBe(Number.NEGATIVE_INFINITY);
    expect(r.bins[9]?.upper).toBe(Number.POSITIVE_INFINITY);
  });
  it('unshifted pair: 0.006439508895242656', () => {
    expectClose(psi(x, seq(200, 104729, 997, 100, 0)).value, 0.006439508895242656, 1e-9);
  });
  it("Evidently mode (Sturges on combined, Evidently's zero fill): 0.32990507853072526", () => {
    expectClose(psi(x, yShift, { binning: 'evidently' }).value, 0.32990507853072526, 1e-9);
  });
});

describe('psi — numpy parity and null calibration', () => {
  it.each(PSI_CASES)('%j vs %j', (a, b, p10, p5, crit) => {
    const xa = seeded(...a);
    const yb = seeded(...b);
    const r = psi(xa, yb);
    expectClose(r.value, p10, 1e-9);
    expectClose(psi(xa, yb, { bins: 5 }).value, p5, 1e-9);
    if (r.bins.length === 10) {
      expectClose(r.criticalValue, crit, 1e-10);
      expectClose(r.expectedUnderNull, 9 * (1 / xa.length + 1 / yb.length), 1e-12);
    }
  });
  it('categorical path for <= 20 distinct reference values; equal-width mode', () => {
    const r = psi([1, 1, 2, 2, 3, 3], [1, 2, 2, 4]);
    expect(r.bins.map((b) => b.lower)).toEqual([1, 2, 3, 4]);
    expect(r.emptyBins).toBe(2);
    const e = psi(seq(100, 37, 101, 1), seq(100, 37, 101, 1), { binning: 'equal-width', bins: 4 });
    expect(e.bins).toHaveLength(4);
    expect(e.value).toBe(0);
  });
  it('properties: PSI >= 0 and invariant to input order', () => {
    const s = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(s, s, (u, v) => {
        const r = psi(u, v);
        expect(r.value).toBeGreaterThanOrEqual(0);
        for (const b of r.bins) expect(b.contribution).toBeGreaterThanOrEqual(0);
        expect(psi([...u].reverse(), [...v].reverse()).value).toBe(r.value);
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});

describe('psi — error codes', () => {
  it.each([
    ['bins < 2', () => psi([1, 2], [1], { bins: 1 }), 'INVALID_OPTION'],
    ['non-integer bins', () => psi([1, 2], [1], { bins: 2.5 }), 'INVALID_OPTION'],
    ['unknown binning', () => psi([1, 2], [1], { binning: 'kmeans' as never }), 'INVALID_OPTION'],
    ['epsilon 0', () => psi([1, 2], [1], { epsilon: 0 }), 'INVALID_OPTION'],
    ['empty', () => psi([], [1]), 'EMPTY_SAMPLE'],
    ['NaN', () => psi([1, Number.NaN], [1]), 'NON_FINITE'],
    ['Infinity', () => psi([1], [Number.POSITIVE_INFINITY]), 'NON_FINITE'],
  ])('%s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
  it('message follows the house form', () => {
    expect(() => psi([1, 2], [1], { bins: 1 })).toThrow('psi requires bins >= 2 (got 1)');
  });
});
