import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from '../src/two-proportion-z-test.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { ZTEST_CASES } from './helpers/scipy-dist-cases.ts';

describe('twoProportionZTest', () => {
  it.each(ZTEST_CASES)('scipy parity k1=%d n1=%d k2=%d n2=%d', (k1, n1, k2, n2, z, p) => {
    const r = twoProportionZTest(k1, n1, k2, n2);
    expectClose(r.z, z, 1e-12);
    expectClose(r.pValue, p, 1e-12);
  });
  it('identical all-or-nothing samples give p = 1', () => {
    expect(twoProportionZTest(0, 10, 0, 20)).toEqual({ difference: 0, z: 0, pValue: 1 });
  });
  it.each([
    ['negative count', () => twoProportionZTest(-1, 10, 1, 10), 'NOT_A_DISTRIBUTION'],
    ['k > n', () => twoProportionZTest(11, 10, 1, 10), 'NOT_A_DISTRIBUTION'],
    ['NaN', () => twoProportionZTest(Number.NaN, 10, 1, 10), 'NON_FINITE'],
    ['n = 0', () => twoProportionZTest(0, 0, 1, 10), 'EMPTY_SAMPLE'],
  ])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
