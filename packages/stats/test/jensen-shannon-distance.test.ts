import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jensenShannonDistance } from '../src/jensen-shannon-distance.ts';
import { psi } from '../src/psi.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { JS_CASES } from './helpers/scipy-dist-cases.ts';
import { seq } from './helpers/seeded-data.ts';

describe('jensenShannonDistance', () => {
  // scipy.spatial.distance.jensenshannon fixtures: [p, q, base e, base 2]
  it.each([
    [[0.5, 0.5, 0], [0, 0.1, 0.9], 0.7469797975, 0.8972141737],
    [[10, 20, 30], [30, 20, 10], 0.2953100472, 0.3547035152],
  ])('scipy fixture %j vs %j', (p, q, e, two) => {
    expectClose(jensenShannonDistance(p, q, { base: Math.E }), e, 0, 1e-10);
    expectClose(jensenShannonDistance(p, q), two, 0, 1e-10);
  });
  it("Evidently's JS on its Sturges bins (base e, no zero fill) = 0.1909528904643669", () => {
    const bins = psi(seq(300, 7919, 1000, 100), seq(200, 104729, 997, 100, 1.0), { binning: 'evidently' }).bins;
    const d = jensenShannonDistance(
      bins.map((b) => b.refCount),
      bins.map((b) => b.curCount),
      { base: Math.E },
    );
    expectClose(d, 0.1909528904643669, 0, 1e-12);
  });
  it.each(JS_CASES)('scipy parity %j vs %j', (p, q, e, two, ten) => {
    expectClose(jensenShannonDistance(p, q, { base: Math.E }), e, 0, 1e-12);
    expectClose(jensenShannonDistance(p, q), two, 0, 1e-12);
    expectClose(jensenShannonDistance(p, q, { base: 10 }), ten, 0, 1e-12);
  });
  it('properties: in [0, 1] for base 2, symmetric, 0 for identical shares', () => {
    const counts = fc
      .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 })
      .filter((a) => a.some((v) => v > 0));
    fc.assert(
      fc.property(counts, counts, (p0, q0) => {
        const k = Math.min(p0.length, q0.length);
        const p = p0.slice(0, k);
        const q = q0.slice(0, k);
        if (!p.some((v) => v > 0) || !q.some((v) => v > 0)) return;
        const d = jensenShannonDistance(p, q);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        expectClose(jensenShannonDistance(q, p), d, 0, 1e-15);
        expect(
          jensenShannonDistance(
            p,
            p.map((v) => v * 3),
          ),
        ).toBeLessThan(1e-7);
      }),
      { numRuns: 200, seed: 5 },
    );
  });
  it.each([
    ['empty', () => jensenShannonDistance([], []), 'EMPTY_SAMPLE'],
    ['NaN', () => jensenShannonDistance([Number.NaN, 1], [1, 1]), 'NON_FINITE'],
    ['Infinity', () => jensenShannonDistance([1, 1], [Number.POSITIVE_INFINITY, 1]), 'NON_FINITE'],
    ['negative', () => jensenShannonDistance([1, -1], [1, 1]), 'NOT_A_DISTRIBUTION'],
    ['all zero', () => jensenShannonDistance([0, 0], [1, 1]), 'NOT_A_DISTRIBUTION'],
    ['length mismatch', () => jensenShannonDistance([1, 2], [1, 2, 3]), 'LENGTH_MISMATCH'],
    ['base 1', () => jensenShannonDistance([1], [1], { base: 1 }), 'INVALID_OPTION'],
  ])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
