import { describe, expect, it } from 'vitest';
import { emptyShare } from '../src/empty-share.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { WILSON_CASES } from './helpers/scipy-dist-cases.ts';

describe('emptyShare', () => {
  it('counts empties with the default predicate', () => {
    const r = emptyShare(['ok', '', null, 'fine', '  ', [], Number.NaN, undefined, 0, []]);
    expect(r.k).toBe(7);
    expect(r.n).toBe(10);
    expect(r.share).toBe(0.7);
  });
  it('accepts a custom "insufficient" predicate', () => {
    const r = emptyShare(['a b c', 'a', 'a b'], (v) => String(v).split(' ').length < 2);
    expect(r.k).toBe(1);
  });
  it.each(WILSON_CASES)('Wilson 95 %% interval matches scipy binomtest for k=%d, n=%d', (k, n, ci) => {
    const values = Array.from({ length: n }, (_, i) => (i < k ? null : 1));
    const r = emptyShare(values);
    expectClose(r.wilson95[0], ci[0] as number, 1e-12, 1e-15);
    expectClose(r.wilson95[1], ci[1] as number, 1e-12, 1e-15);
  });
  it('error codes', () => {
    expect(codeOf(() => emptyShare([]))).toBe('EMPTY_SAMPLE');
    expect(codeOf(() => emptyShare([1], 'x' as never))).toBe('INVALID_OPTION');
  });
});
