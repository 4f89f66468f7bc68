import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber } from '../../src/shared/format';
import { durationAtLeast, durationAtMost, significantAtLeast, significantAtMost } from '../../src/shared/safe-rounding';
import { parseDuration } from './parse-duration';

const seconds = fc.double({ min: 0.0005, max: 1e7, noNaN: true });

describe('significantAtMost / significantAtLeast', () => {
  it('rounds the issue-15 figures in the safe direction', () => {
    // 2 TB in 15 min: 2 000 000 MB / 900 s = 2 222.2… MB/s; "2220" would be too slow.
    expect(significantAtLeast(2_000_000 / 900)).toBe(2230);
    expect(significantAtMost(192.5)).toBe(192);
    expect(significantAtLeast(0.30000000000000004)).toBe(0.301);
    expect(significantAtLeast(0.3)).toBe(0.3);
  });

  it('never crosses x, stays within one step and prints exactly', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e5, noNaN: true }), (x) => {
        const down = significantAtMost(x);
        const up = significantAtLeast(x);
        expect(down).toBeLessThanOrEqual(x);
        expect(up).toBeGreaterThanOrEqual(x);
        expect(x - down).toBeLessThanOrEqual(x * 0.01);
        expect(up - x).toBeLessThanOrEqual(x * 0.01);
        expect(Number(formatNumber(up, 3).replaceAll(',', ''))).toBe(up);
        expect(Number(formatNumber(down, 3).replaceAll(',', ''))).toBe(down);
      }),
    );
  });
});

describe('durationAtMost / durationAtLeast', () => {
  it('rounds 192.5 min down to 192 min and 119.7 min up to 2 h', () => {
    // Issue 15: a 200 min RPO with backups usable after 7.5 min needs an interval ≤ 192.5 min.
    expect(formatDuration(durationAtMost(192.5 * 60))).toBe('3 h 12 min');
    expect(formatDuration(durationAtLeast(119.7 * 60))).toBe('2 h');
  });

  it('never crosses the input, and formatDuration prints the rounded value exactly', () => {
    fc.assert(
      fc.property(seconds, (x) => {
        const down = durationAtMost(x);
        const up = durationAtLeast(x);
        expect(down).toBeLessThanOrEqual(x);
        expect(up).toBeGreaterThanOrEqual(x);
        // One printed step: 3 significant digits, or a whole minute between 1 h and 1 d.
        const step = x >= 3600 && x < 86_400 ? 60 : x * 0.01 + 0.001;
        expect(x - down).toBeLessThanOrEqual(step);
        expect(up - x).toBeLessThanOrEqual(step);
        expect(parseDuration(formatDuration(up))).toBeCloseTo(up, 6);
        if (down > 0) expect(parseDuration(formatDuration(down))).toBeCloseTo(down, 6);
      }),
      { numRuns: 20_000 },
    );
  });
});
