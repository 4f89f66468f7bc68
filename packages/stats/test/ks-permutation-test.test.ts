import { describe, expect, it } from 'vitest';
import { ksPermutationTest } from '../src/ks-permutation-test.ts';
import { ksTwoSample } from '../src/ks-two-sample.ts';
import { codeOf } from './helpers/close.ts';
import { seeded } from './helpers/seeded-data.ts';

describe('ksPermutationTest', () => {
  it('agrees with the exact p-value on continuous data within Monte Carlo error', () => {
    const x = seeded(61, 40);
    const y = seeded(62, 30, 0.6);
    const exact = ksTwoSample(x, y).pValue;
    const perm = ksPermutationTest(x, y, { reps: 2000, seed: 1 });
    const se = Math.sqrt((exact * (1 - exact)) / 2000);
    expect(Math.abs(perm.pValue - exact)).toBeLessThan(4 * se + 1e-3);
  });
  it('is deterministic for a seed and valid with heavy ties', () => {
    const x = seeded(63, 60, 0, 1);
    const y = seeded(64, 50, 0.3, 1);
    const a = ksPermutationTest(x, y, { reps: 300, seed: 9 });
    expect(ksPermutationTest(x, y, { reps: 300, seed: 9 })).toEqual(a);
    expect(a.pValue > 0 && a.pValue <= 1).toBe(true);
    expect(a.statistic).toBe(ksTwoSample(x, y).statistic);
  });
  it.each([
    ['reps 0', () => ksPermutationTest([1], [2], { reps: 0 }), 'INVALID_OPTION'],
    ['unknown alternative', () => ksPermutationTest([1], [2], { alternative: 'up' as never }), 'INVALID_OPTION'],
    ['empty', () => ksPermutationTest([], [2]), 'EMPTY_SAMPLE'],
    ['NaN', () => ksPermutationTest([Number.NaN], [2]), 'NON_FINITE'],
  ])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
