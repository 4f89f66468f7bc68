import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { log2HistogramView } from '../../src/Log2Histogram/model';
import { parseSample } from '../../src/Log2Histogram/parse-sample';

describe('parseSample', () => {
  it('reads numbers separated by spaces, commas, semicolons and new lines', () => {
    expect(parseSample('1 2,3;4\n5\r\n 6 ')).toEqual({ values: [1, 2, 3, 4, 5, 6], errors: [], notices: [] });
  });

  it('names bad values by line and position, truncates decimals with a notice', () => {
    const r = parseSample('10 abc 2.7\n0x10 -3.9');
    expect(r.values).toEqual([10, 2, -3]);
    expect(r.errors).toEqual([
      'Line 1, value 2: "abc" is not a number, so it is skipped.',
      'Line 2, value 1: "0x10" is not a number, so it is skipped.',
    ]);
    expect(r.notices[0]).toContain('2 decimal values were truncated');
  });

  it('never throws, never yields NaN, and reads 1 MB of garbage (speed: bench/untrusted-input.bench.ts)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = parseSample(s);
        expect(r.values.every(Number.isFinite)).toBe(true);
        const view = log2HistogramView({ source: 'paste', seed: 1, n: 1, median: 1, sigma: 1, text: s });
        expect(view.text).not.toMatch(/NaN|Infinity/);
      }),
    );
    const garbage = 'x1e999 ,;; 12 NaN\n'.repeat(55_000);
    const r = parseSample(garbage);
    expect(r.values.length).toBe(55_000);
    expect(r.errors.length).toBeLessThanOrEqual(6);
  });
});

describe('log2HistogramView', () => {
  it('is reproducible for a seed and changes with it', () => {
    const input = { source: 'sample' as const, seed: 7, n: 1000, median: 120, sigma: 0.8, text: '' };
    const a = log2HistogramView(input);
    expect(a.total).toBe(1000);
    expect(log2HistogramView(input).text).toBe(a.text);
    expect(log2HistogramView({ ...input, seed: 8 }).text).not.toBe(a.text);
    expect(a.buckets.reduce((s, b) => s + b.count, 0)).toBe(1000);
    // Median 120 µs: the fullest bucket is around it.
    expect(['[64, 128)', '[128, 256)']).toContain(a.mode?.label);
  });

  it('asks for numbers when the paste box is empty', () => {
    const v = log2HistogramView({ source: 'paste', seed: 1, n: 1, median: 1, sigma: 1, text: '  ' });
    expect(v.errors[0]).toContain('Paste at least one number');
    expect(v.buckets).toEqual([]);
  });
});
