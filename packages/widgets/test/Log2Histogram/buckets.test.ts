import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketLabel, log2BucketIndex, log2Histogram, powerLabel } from '../../src/Log2Histogram/buckets';
import { barLength, renderHist } from '../../src/Log2Histogram/render';

describe('log2 buckets (bpftrace hist())', () => {
  it('puts values into [0], [1], [2, 4), [4, 8), … and negatives into (..., 0)', () => {
    const cases: [number, string][] = [
      [-5, '(..., 0)'],
      [0, '[0]'],
      [1, '[1]'],
      [2, '[2, 4)'],
      [3, '[2, 4)'],
      [4, '[4, 8)'],
      [7, '[4, 8)'],
      [8, '[8, 16)'],
      [1023, '[512, 1K)'],
      [1024, '[1K, 2K)'],
      [1048575, '[512K, 1M)'],
      [1048576, '[1M, 2M)'],
      [2 ** 40, '[1T, 2T)'],
      [5.9, '[4, 8)'],
    ];
    for (const [value, label] of cases) expect(bucketLabel(log2BucketIndex(value)), String(value)).toBe(label);
  });

  it('labels powers of 1024 with K, M, G, T, P, E', () => {
    expect([0, 9, 10, 19, 20, 30, 40, 50, 60].map(powerLabel)).toEqual([
      '1',
      '512',
      '1K',
      '512K',
      '1M',
      '1G',
      '1T',
      '1P',
      '1E',
    ]);
  });

  it('agrees with an independent definition: 2^(i-2) <= v < 2^(i-1) for v >= 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (v) => {
        const i = log2BucketIndex(v);
        expect(2 ** (i - 2) <= v && v < 2 ** (i - 1)).toBe(true);
        // Independent: bit length of v via its binary string.
        expect(i).toBe(v.toString(2).length + 1);
      }),
    );
  });

  it('counts a hand-made sample, keeping empty buckets between the first and last', () => {
    const buckets = log2Histogram([0, 1, 1, 5, 6, 7, 40]);
    expect(buckets.map((b) => [b.label, b.count, b.low, b.high])).toEqual([
      ['[0]', 1, 0, 0],
      ['[1]', 2, 1, 1],
      ['[2, 4)', 0, 2, 3],
      ['[4, 8)', 3, 4, 7],
      ['[8, 16)', 0, 8, 15],
      ['[16, 32)', 0, 16, 31],
      ['[32, 64)', 1, 32, 63],
    ]);
    expect(log2Histogram([])).toEqual([]);
  });
});

describe('renderHist', () => {
  it('prints exactly like bpftrace: label in 16 columns, count in 8, 52-wide bar', () => {
    const text = renderHist(log2Histogram([0, 1, 1, 5, 6, 7, 40]));
    const lines = text.split('\n');
    expect(lines[0]).toBe('@usecs:');
    const at = (n: number) => '@'.repeat(n).padEnd(52, ' ');
    expect(lines[1]).toBe(`[0]                    1 |${at(17)}|`);
    expect(lines[2]).toBe(`[1]                    2 |${at(34)}|`);
    expect(lines[3]).toBe(`[2, 4)                 0 |${at(0)}|`);
    expect(lines[4]).toBe(`[4, 8)                 3 |${at(52)}|`);
    expect(lines[7]).toBe(`[32, 64)               1 |${at(17)}|`);
    expect(lines.every((l, i) => i === 0 || l.length === 16 + 8 + 2 + 52 + 1)).toBe(true);
  });

  it('scales bars by truncation: 1 of 3 → 17, 2 of 3 → 34', () => {
    expect([barLength(1, 3), barLength(2, 3), barLength(3, 3), barLength(0, 0)]).toEqual([17, 34, 52, 0]);
  });
});
