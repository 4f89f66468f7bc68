import { describe, expect, it } from 'vitest';
import { meanStd, quantileSorted7 } from '../../src/internal/sorted-stats.ts';

describe('sorted-sample helpers', () => {
  it('type-7 quantile is exact at order statistics and finite where b − a overflows', () => {
    const s = Float64Array.from([-1.7e308, 1.7e308]);
    expect(quantileSorted7(s, 0)).toBe(-1.7e308);
    expect(quantileSorted7(s, 1)).toBe(1.7e308);
    // numpy returns inf/-inf here (overflow in b - a); we stay finite
    expect(Number.isFinite(quantileSorted7(s, 0.25))).toBe(true);
  });
  it('meanStd is overflow-safe', () => {
    const r = meanStd(Float64Array.from([-1e300, 1e300]));
    expect(r.mean).toBe(0);
    expect(r.std).toBeCloseTo(1e300, -290);
  });
});
