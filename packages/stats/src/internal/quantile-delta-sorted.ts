import type { QuantileDeltaRow } from '../quantile-delta.ts';
import { quantileSorted7 } from './sorted-stats.ts';

/** {@link quantileDelta} on ascending validated samples. */
export function quantileDeltaSorted(a: Float64Array, b: Float64Array, ps: number[]): QuantileDeltaRow[] {
  const iqr = quantileSorted7(a, 0.75) - quantileSorted7(a, 0.25);
  return ps.map((p) => {
    const r = quantileSorted7(a, p);
    const c = quantileSorted7(b, p);
    return {
      p,
      reference: r,
      current: c,
      delta: c - r,
      iqrScaled: iqr > 0 && Number.isFinite(iqr) && Number.isFinite(c - r) ? (c - r) / iqr : null,
    };
  });
}
