import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jensenShannonDistance } from '../src/jensen-shannon-distance.ts';
import { klDivergence } from '../src/kl-divergence.ts';
import { tvd } from '../src/tvd.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { badPairInputs, countPairs } from './helpers/distribution-inputs.ts';
import { KL_CASES } from './helpers/scipy-divergence-cases.ts';

/** Infinity stays Infinity; finite values match to 1e-12 relative (or 1e-15 absolute near 0). */
function expectKl(actual: number, expected: number): void {
  if (expected === Number.POSITIVE_INFINITY) expect(actual).toBe(expected);
  else expectClose(actual, expected, 1e-12, 1e-15);
}

describe('klDivergence', () => {
  it.each(KL_CASES)('scipy.stats.entropy parity %j vs %j', (p, q, nats, bits, reverse, floored) => {
    expectKl(klDivergence(p, q), nats);
    expectKl(klDivergence(p, q, { base: 2 }), bits);
    expectKl(klDivergence(q, p), reverse);
    expectKl(klDivergence(p, q, { epsilon: 1e-4 }), floored);
  });
  it('is Infinity (not NaN) where q has an empty bin that p uses, finite with an epsilon floor', () => {
    expect(klDivergence([1, 1], [1, 0])).toBe(Number.POSITIVE_INFINITY);
    expect(klDivergence([1, 0], [1, 1])).toBeCloseTo(Math.LN2, 15);
    expect(Number.isFinite(klDivergence([1, 1], [1, 0], { epsilon: 1e-6 }))).toBe(true);
  });
  it('does not overflow to Infinity for denormal shares (scipy rel_entr gives inf for 1 vs 5e-324)', () => {
    expectClose(klDivergence([0, 1], [1, 5e-324]), -Math.log(5e-324), 1e-15);
  });
  it('properties: >= 0, 0 on identical inputs, invariant to scaling counts, never NaN', () => {
    fc.assert(
      fc.property(countPairs, fc.integer({ min: 2, max: 1000 }), ([p, q], scale) => {
        const d = klDivergence(p, q);
        expect(Number.isNaN(d)).toBe(false);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(klDivergence(p, p)).toBe(0);
        const scaled = klDivergence(
          p.map((v) => v * scale),
          q,
        );
        if (Number.isFinite(d)) expectClose(scaled, d, 1e-12, 1e-14);
        else expect(scaled).toBe(d);
        expect(Number.isFinite(klDivergence(p, q, { epsilon: 1e-4 }))).toBe(true);
      }),
      { numRuns: 300, seed: 41 },
    );
  });
  it('agrees with Pinsker (TVD <= √(KL/2) in nats) and with JS² = ½KL(p‖m) + ½KL(q‖m)', () => {
    fc.assert(
      fc.property(countPairs, ([p, q]) => {
        expect(tvd(p, q)).toBeLessThanOrEqual(Math.sqrt(klDivergence(p, q) / 2) + 1e-12);
        const sp = p.reduce((s, v) => s + v, 0);
        const sq = q.reduce((s, v) => s + v, 0);
        const m = p.map((v, k) => (v / sp + (q[k] as number) / sq) / 2);
        const js = (klDivergence(p, m, { base: 2 }) + klDivergence(q, m, { base: 2 })) / 2;
        expectClose(jensenShannonDistance(p, q) ** 2, js, 1e-9, 1e-14);
      }),
      { numRuns: 200, seed: 42 },
    );
  });
  it.each([
    ...badPairInputs(klDivergence),
    ['base 1', () => klDivergence([1], [1], { base: 1 }), 'INVALID_OPTION'],
    ['base below 1', () => klDivergence([1], [1], { base: 0.5 }), 'INVALID_OPTION'],
    ['base NaN', () => klDivergence([1], [1], { base: Number.NaN }), 'INVALID_OPTION'],
    ['epsilon 0', () => klDivergence([1], [1], { epsilon: 0 }), 'INVALID_OPTION'],
    ['epsilon 1', () => klDivergence([1], [1], { epsilon: 1 }), 'INVALID_OPTION'],
    ['epsilon NaN', () => klDivergence([1], [1], { epsilon: Number.NaN }), 'INVALID_OPTION'],
  ] as [string, () => unknown, string][])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
