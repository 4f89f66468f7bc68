import { describe, expect, it } from 'vitest';
import { fitReference } from '../src/fit-reference.ts';
import { codeOf, expectClose } from './helpers/close.ts';

describe('fitReference', () => {
  it('sorts once and stores the reference statistics', () => {
    const f = fitReference([3, 1, Number.NaN, 2, 4, null]);
    expect(Array.from(f.sorted)).toEqual([1, 2, 3, 4]);
    expect(f.cleaned.dropped).toEqual({ nan: 1, posInf: 0, negInf: 0, nonNumeric: 1 });
    expectClose(f.mean, 2.5, 1e-15);
    expectClose(f.std, Math.sqrt(1.25), 1e-15);
    expectClose(f.iqr, 1.5, 1e-15);
    expect(f.emptyShare).toMatchObject({ k: 2, n: 6 });
    // ∫√(F(1−F)) over the ECDF: three unit gaps at F = 1/4, 2/4, 3/4
    expectClose(f.w1NullScale, 2 * Math.sqrt(3 / 16) + 0.5, 1e-15);
  });
  it('error codes', () => {
    expect(codeOf(() => fitReference([1], { psiBins: 1 }))).toBe('INVALID_OPTION');
  });
});
