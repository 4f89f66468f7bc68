import { describe, expect, it } from 'vitest';
import { linspace, sturgesEdges } from '../../src/internal/bins.ts';
import { radixSortInPlace } from '../../src/internal/radix-sort.ts';
import { expectClose } from '../helpers/close.ts';
import { seq } from '../helpers/seeded-data.ts';

describe('bin edges (numpy parity)', () => {
  it("sturgesEdges = np.histogram_bin_edges(concat, bins='sturges')", () => {
    // x = [((i*7919)%1000)/100 for i in range(300)] + [((i*104729)%997)/100 + 1.0 for i in range(200)]
    // np.histogram_bin_edges(x, bins='sturges') -> [0, 1.085, 2.17, …, 10.85] (11 edges)
    const a = radixSortInPlace(Float64Array.from(seq(300, 7919, 1000, 100)));
    const b = radixSortInPlace(Float64Array.from(seq(200, 104729, 997, 100, 1.0)));
    const e = sturgesEdges(a, b);
    expect(e).toHaveLength(11);
    for (const [k, v] of e.entries()) expectClose(v, 1.085 * k, 1e-15, 1e-15);
  });
  it('linspace matches numpy and survives ranges that overflow', () => {
    expect(linspace(-1.5, 2.25, 7)).toEqual([-1.5, -0.875, -0.25, 0.375, 1, 1.625, 2.25]);
    const wide = linspace(-1.7e308, 1.7e308, 5);
    expect(wide.every(Number.isFinite)).toBe(true);
    expect(wide[2]).toBe(0);
  });
});
