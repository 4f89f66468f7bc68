import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCost } from '../../src/KernelAggregation/compare';

const cpu = { noun: 'CPU', less: 'less' };
const bytes = { noun: 'bytes', less: 'fewer' };

describe('compareCost', () => {
  it('words the ratio in the direction of the difference (issue 15: "0.5× less CPU")', () => {
    // Map 0.2 cores against export 0.1 cores: the map costs 0.2/0.1 = 2× more, not "0.5× less".
    expect(compareCost(0.1, 0.2, cpu)).toEqual({ direction: 'more', factor: 2, phrase: '2× more CPU' });
    // Defaults of the widget: 6.4 MB/s against 16 kB/s = 400× fewer bytes.
    expect(compareCost(6_400_000, 16_000, bytes).phrase).toBe('400× fewer bytes');
    expect(compareCost(1, 1.0001, cpu).phrase).toBe('about the same CPU');
  });

  it('gives a sentence, not "infinitely less", when a cost is 0', () => {
    expect(compareCost(0, 0, cpu).phrase).toBe('no CPU, and neither does exporting every event');
    expect(compareCost(0.1, 0, cpu).phrase).toBe('no CPU at all, where exporting needs some');
    expect(compareCost(0, 0.1, cpu).phrase).toBe('more CPU, where exporting needs none');
  });

  it('always gives a factor of at least 1 and says "more" exactly when the map costs more', () => {
    const cost = fc.double({ min: 1e-9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(cost, cost, (a, b) => {
        const r = compareCost(a, b, cpu);
        expect(r.factor).toBeGreaterThanOrEqual(1);
        expect(r.phrase).not.toMatch(/infinit|NaN|(^|\s)0\.\d+×/);
        if (r.direction !== 'same') expect(r.direction === 'more').toBe(b > a);
      }),
    );
  });
});
