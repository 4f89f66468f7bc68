import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ksTwoSample } from '../src/ks-two-sample.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { SCIPY_KS_CASES } from './helpers/scipy-ks-cases.ts';
import { seeded, seq } from './helpers/seeded-data.ts';

// Part 1 tolerances
const STAT = 1e-12;
const exactP = (a: number, e: number) => expectClose(a, e, 1e-7, 1e-10);
const asympP = (a: number, e: number) => expectClose(a, e, 1e-7, 1e-14);

// Reference fixtures measured with scipy 1.17.1 (docs/stats-conventions.md#tolerances-against-scipy).
// [name, x, y, D, p auto, p asymp, greater [D, p], less [D, p], location|null, sign]
type Golden = [
  string,
  number[],
  number[],
  number,
  number,
  number,
  [number, number],
  [number, number],
  number | null,
  1 | -1,
];
const GOLDEN: Golden[] = [
  ['tiny_disjoint', [1, 2, 3], [4, 5, 6], 1, 0.1, 0, [1, 0.05], [0, 1], 3, 1],
  [
    'ties_small',
    [1, 1, 2, 2, 3],
    [1, 2, 2, 3, 3, 3],
    0.3,
    0.8961038961038962,
    0.8862222222222221,
    [0.3, 0.5086580086580087],
    [0, 1],
    2,
    1,
  ],
  [
    'ties_reversed',
    [1, 2, 2, 3, 3, 3],
    [1, 1, 2, 2, 3],
    0.3,
    0.8961038961038962,
    0.8862222222222221,
    [0, 1],
    [0.3, 0.5086580086580087],
    2,
    -1,
  ],
  [
    'shift_small',
    [0, 1, 2, 3],
    [2, 3, 4, 5, 6],
    0.6,
    0.2857142857142857,
    0.32000000000000006,
    [0.6, 0.14285714285714285],
    [0, 1],
    3,
    1,
  ],
  ['identical_constant', Array(10).fill(1), Array(12).fill(1), 0, 1, 1, [0, 1], [0, 1], 1, 1],
  [
    'seq_40_vs_55',
    seq(40, 37, 101, 10),
    seq(55, 53, 103, 10, 1.5),
    0.16590909090909092,
    0.4885499536253183,
    0.4993540948055264,
    [0.16590909090909092, 0.24772221033841862],
    [0, 1],
    6.7,
    1,
  ],
  [
    'seq_300_vs_200',
    seq(300, 7919, 1000, 100),
    seq(200, 104729, 997, 100, 0.4),
    0.043333333333333335,
    0.9730293965208306,
    0.9706575096553277,
    [0.043333333333333335, 0.6247657828542066],
    [0, 1],
    0.37,
    1,
  ],
  [
    'seq_300_vs_200_shift1',
    seq(300, 7919, 1000, 100),
    seq(200, 104729, 997, 100, 1.0),
    0.10333333333333333,
    0.1469143786743388,
    0.1436665543700603,
    [0.10333333333333333, 0.07348471856970705],
    [0, 1],
    null,
    1,
  ],
  [
    'seq_2000_equal_n',
    seq(2000, 7919, 1009, 100),
    seq(2000, 104729, 997, 100, 0.3),
    0.0305,
    0.3100757299327459,
    0.3038574339160284,
    [0.0305, 0.1556223097707942],
    [0, 1],
    null,
    1,
  ],
  [
    'seq_3000_vs_2500',
    seq(3000, 7919, 1009, 100),
    seq(2500, 104729, 997, 100, 0.15),
    0.0156,
    0.8887416059940042,
    0.8889085877626075,
    [0.0156, 0.507206853445685],
    [0, 1],
    0.29,
    1,
  ],
  [
    'seq_12000_vs_9000',
    seq(12000, 7919, 10007, 1000),
    seq(9000, 104729, 9973, 1000, 0.2),
    0.020055555555555556,
    0.03150184788088206,
    0.03150184788088206,
    [0.020055555555555556, 0.015665802417924802],
    [0, 1],
    0.204,
    1,
  ],
];

describe('ksTwoSample — scipy 1.17.1 reference fixtures', () => {
  for (const [name, x, y, d, pAuto, pAsymp, greater, less, loc, sign] of GOLDEN) {
    it(name, () => {
      const auto = ksTwoSample(x, y);
      expect(Math.abs(auto.statistic - d)).toBeLessThanOrEqual(STAT);
      if (auto.method === 'exact') exactP(auto.pValue, pAuto);
      else asympP(auto.pValue, pAuto);
      asympP(ksTwoSample(x, y, { method: 'asymp' }).pValue, pAsymp);
      expect(auto.sign).toBe(sign);
      if (loc !== null) expect(auto.location).toBe(loc);
      const g = ksTwoSample(x, y, { alternative: 'greater' });
      const l = ksTwoSample(x, y, { alternative: 'less' });
      expect(Math.abs(g.statistic - greater[0])).toBeLessThanOrEqual(STAT);
      expect(Math.abs(l.statistic - less[0])).toBeLessThanOrEqual(STAT);
      // one-sided n ≠ m with n + m > ~1030: scipy's exact path count overflows and it reports asymp
      const scipyFellBack = x.length !== y.length && x.length + y.length > 1030;
      const gp = scipyFellBack ? ksTwoSample(x, y, { alternative: 'greater', method: 'asymp' }).pValue : g.pValue;
      const lp = scipyFellBack ? ksTwoSample(x, y, { alternative: 'less', method: 'asymp' }).pValue : l.pValue;
      exactP(gp, greater[1]);
      exactP(lp, less[1]);
    });
  }

  it('int_ties_500_vs_400: tiny exact p-values keep relative precision', () => {
    const x = Array.from({ length: 500 }, (_, i) => i % 5);
    const y = Array.from({ length: 400 }, (_, i) => (3 * i) % 6);
    const r = ksTwoSample(x, y);
    expect(r.statistic).toBeCloseTo(0.3, 12);
    exactP(r.pValue, 3.901077841019422e-18);
    asympP(ksTwoSample(x, y, { method: 'asymp' }).pValue, 3.241779258339168e-18);
    expect(r.hasTies).toBe(true);
    exactP(ksTwoSample(x, y, { alternative: 'greater' }).pValue, 0.010971977781837915);
    exactP(ksTwoSample(x, y, { alternative: 'less' }).pValue, 1.950538920508544e-18);
  });
});

describe('ksTwoSample — scipy parity on seeded data (ties, n up to 1e5)', () => {
  for (const c of SCIPY_KS_CASES) {
    it(c.name, () => {
      const x = seeded(...c.a);
      const y = seeded(...c.b);
      for (const alt of ['two-sided', 'greater', 'less'] as const) {
        const [dAuto, pAuto, locAuto, signAuto] = c.r[`${alt}/auto`] as number[];
        const [, pAsymp] = c.r[`${alt}/asymp`] as number[];
        const asymp = ksTwoSample(x, y, { alternative: alt, method: 'asymp' });
        expect(Math.abs(asymp.statistic - (dAuto as number))).toBeLessThanOrEqual(STAT);
        expect(asymp.location).toBe(locAuto);
        expect(asymp.sign).toBe(signAuto);
        asympP(asymp.pValue, pAsymp as number);
        const scipyExact =
          Math.max(x.length, y.length) <= 10000 &&
          (alt === 'two-sided' || x.length === y.length || x.length + y.length < 1030);
        if (scipyExact) exactP(ksTwoSample(x, y, { alternative: alt }).pValue, pAuto as number);
      }
    });
  }
});

describe('ksTwoSample — behaviour', () => {
  it('auto picks exact up to 10000 and asymp above, and reports it', () => {
    expect(ksTwoSample(seeded(1, 10000), seeded(2, 50)).method).toBe('exact');
    expect(ksTwoSample(seeded(1, 10001), seeded(2, 50)).method).toBe('asymp');
  });
  it('exact with lcm beyond int32 falls back to asymp with a warning (scipy parity)', () => {
    const r = ksTwoSample(seeded(3, 60001), seeded(4, 59999), { method: 'exact' });
    expect(r.method).toBe('asymp');
    expect(r.warnings.some((w) => w.includes('switched to asymp'))).toBe(true);
  });
  it('permutation option adds a seeded, tie-aware p-value', () => {
    const x = seeded(81, 40, 0, 2);
    const y = seeded(82, 30, 0.4, 2);
    const r = ksTwoSample(x, y, { permutation: { reps: 400, seed: 3 } });
    expect(r.permutationPValue).toBeGreaterThan(0);
    expect(r.permutationPValue).toBeLessThanOrEqual(1);
    expect(ksTwoSample(x, y, { permutation: { reps: 400, seed: 3 } }).permutationPValue).toBe(r.permutationPValue);
    expect(ksTwoSample(x, y).permutationPValue).toBeUndefined();
    expect(codeOf(() => ksTwoSample(x, y, { permutation: { reps: 0 } }))).toBe('INVALID_OPTION');
  });
  it('does not mutate its inputs', () => {
    const x = [3, 1, 2];
    const y = new Float64Array([9, 7, 8]);
    ksTwoSample(x, y);
    expect(x).toEqual([3, 1, 2]);
    expect(Array.from(y)).toEqual([9, 7, 8]);
  });
});

describe('ksTwoSample — properties', () => {
  const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 });
  const tied = fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 40 });
  it('D and p are in [0, 1]; swapping samples flips the sign', () => {
    fc.assert(
      fc.property(fc.oneof(sample, tied), fc.oneof(sample, tied), (x, y) => {
        const r = ksTwoSample(x, y);
        const s = ksTwoSample(y, x);
        expect(r.statistic).toBeGreaterThanOrEqual(0);
        expect(r.statistic).toBeLessThanOrEqual(1);
        expect(r.pValue).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
        expect(Math.abs(s.statistic - r.statistic)).toBeLessThanOrEqual(1e-12);
        const g = ksTwoSample(x, y, { alternative: 'greater' });
        const l = ksTwoSample(y, x, { alternative: 'less' });
        expect(Math.abs(g.statistic - l.statistic)).toBeLessThanOrEqual(1e-12);
        if (r.statistic > 0 && Math.abs(g.statistic - ksTwoSample(x, y, { alternative: 'less' }).statistic) > 1e-9) {
          expect(s.sign).toBe(-r.sign);
        }
        for (const alt of ['greater', 'less'] as const) {
          const p = ksTwoSample(x, y, { alternative: alt, method: 'asymp' }).pValue;
          expect(p >= 0 && p <= 1).toBe(true);
        }
      }),
      { numRuns: 150, seed: 42 },
    );
  });
  it('is invariant to input order', () => {
    fc.assert(
      fc.property(tied, sample, (x, y) => {
        const a = ksTwoSample(x, y);
        const b = ksTwoSample(
          [...x].reverse(),
          [...y].sort((u, v) => v - u),
        );
        expect(b).toEqual(a);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});

describe('ksTwoSample — error codes', () => {
  it.each([
    ['empty reference', () => ksTwoSample([], [1]), 'EMPTY_SAMPLE'],
    ['empty current', () => ksTwoSample([1], []), 'EMPTY_SAMPLE'],
    ['NaN', () => ksTwoSample([1, Number.NaN], [1]), 'NON_FINITE'],
    ['+Infinity', () => ksTwoSample([1], [Number.POSITIVE_INFINITY]), 'NON_FINITE'],
    ['-Infinity', () => ksTwoSample([Number.NEGATIVE_INFINITY], [1]), 'NON_FINITE'],
    ['unknown alternative', () => ksTwoSample([1], [2], { alternative: 'bigger' as never }), 'INVALID_OPTION'],
    ['unknown method', () => ksTwoSample([1], [2], { method: 'fast' as never }), 'INVALID_OPTION'],
  ])('%s', (_, fn, code) => {
    expect(codeOf(fn)).toBe(code);
  });
});
