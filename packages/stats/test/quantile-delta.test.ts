import { describe, expect, it } from 'vitest';
import { quantileDelta } from '../src/quantile-delta.ts';
import { codeOf, expectClose } from './helpers/close.ts';

describe('quantileDelta', () => {
  it('shifts by type-7 quantiles, scaled by the reference IQR', () => {
    // numpy: np.quantile([1,2,3,4], [.25,.5,.75]) = [1.75, 2.5, 3.25]; IQR 1.5
    const [row] = quantileDelta([1, 2, 3, 4], [2, 3, 4, 5], [0.5]);
    expect(row).toMatchObject({ p: 0.5, reference: 2.5, current: 3.5, delta: 1 });
    expectClose(row?.iqrScaled as number, 1 / 1.5, 1e-15);
  });
  it('iqrScaled is null for a constant reference', () => {
    expect(quantileDelta([2, 2, 2], [1, 5], [0.5])[0]?.iqrScaled).toBeNull();
  });
  it.each([
    ['empty', () => quantileDelta([], [1], [0.5]), 'EMPTY_SAMPLE'],
    ['NaN', () => quantileDelta([1], [Number.NaN], [0.5]), 'NON_FINITE'],
    ['bad p', () => quantileDelta([1], [1], [-0.1]), 'INVALID_OPTION'],
  ])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
