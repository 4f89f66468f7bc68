import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregationCost, formatRate } from '../../src/KernelAggregation/model';
import { kernelAggregationSpec } from '../../src/KernelAggregation/state';
import { defaultState } from '../../src/shared/url-state';

describe('aggregationCost', () => {
  it('computes the defaults by hand', () => {
    // Export: 100 000 ev/s × 64 B = 6.4 MB/s; 100 000 × 1000 ns = 0.1 core; / 8 cores = 1.25 %.
    // Map: 1000 keys / 1 s × 16 B = 16 kB/s; (100 000 × 100 + 1000 × 1000) ns = 0.011 core.
    const r = aggregationCost(defaultState(kernelAggregationSpec));
    expect(r.exportEvery).toEqual({ bytesPerSecond: 6_400_000, coresBusy: 0.1, cpuShare: 0.0125 });
    expect(r.countInKernel.bytesPerSecond).toBe(16_000);
    expect(r.countInKernel.coresBusy).toBeCloseTo(0.011, 12);
    expect(r.bytesFactor).toBe(400);
    expect(r.cpuFactor).toBeCloseTo(0.1 / 0.011, 12);
  });

  it('reports an infinite CPU factor when counting costs nothing', () => {
    const r = aggregationCost({ ...defaultState(kernelAggregationSpec), countNs: 0, copyNs: 0 });
    expect(r.cpuFactor).toBe(Number.POSITIVE_INFINITY);
  });

  it('stays finite over the whole allowed input range', () => {
    const spec = kernelAggregationSpec;
    const arb = (k: keyof typeof spec) => fc.double({ min: spec[k].min, max: spec[k].max, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({
          rate: arb('rate'),
          eventBytes: arb('eventBytes'),
          copyNs: arb('copyNs'),
          countNs: arb('countNs'),
          keys: arb('keys'),
          entryBytes: arb('entryBytes'),
          interval: arb('interval'),
          cores: arb('cores'),
        }),
        (input) => {
          const r = aggregationCost(input);
          for (const s of [r.exportEvery, r.countInKernel]) {
            expect(Number.isFinite(s.bytesPerSecond) && Number.isFinite(s.cpuShare)).toBe(true);
          }
          expect(Number.isNaN(r.bytesFactor)).toBe(false);
        },
      ),
    );
  });

  it('formats rates in decimal units', () => {
    expect([formatRate(999), formatRate(6_400_000), formatRate(16_000), formatRate(Number.NaN)]).toEqual([
      '999 B/s',
      '6.4 MB/s',
      '16 kB/s',
      '—',
    ]);
  });
});
