import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber, formatPercent } from '../src/shared/format';
import { parseDuration } from './shared/parse-duration';

describe('format', () => {
  it('never prints NaN', () => {
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
  it('formats numbers with significant digits', () => {
    expect(formatNumber(0.123456)).toBe('0.123');
    expect(formatNumber(1234.5, 4)).toBe('1,235');
    expect(formatNumber(0.00001234)).toBe('1.23e-5');
  });
  it('formats durations in readable units', () => {
    expect(formatDuration(0.25)).toBe('250 ms');
    expect(formatDuration(2592)).toBe('43.2 min');
    expect(formatDuration(7500)).toBe('2 h 5 min');
  });

  it('carries rounding into the next unit (issue 15: 7,170 s printed "1 h 60 min")', () => {
    // 7 170 s = 119.5 min → 120 whole minutes = 2 h.
    expect(formatDuration(7170)).toBe('2 h');
    expect(formatDuration(119.7 * 60)).toBe('2 h');
    expect(formatDuration(59.99)).toBe('1 min');
    expect(formatDuration(3599.9)).toBe('1 h');
    expect(formatDuration(86_399)).toBe('1 d');
    expect(formatDuration(0.9996)).toBe('1 s');
    expect(formatDuration(-7170)).toBe('-2 h');
  });
  it('never prints a unit at its maximum and stays within 1 % (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e8, max: 1e8, noNaN: true }), (x) => {
        const text = formatDuration(x);
        expect(text).not.toMatch(/\b(1000 ms|60 s|60 min|24 h)\b/);
        expect(Math.abs(parseDuration(text) - x)).toBeLessThanOrEqual(Math.abs(x) * 0.01 + 0.0005);
      }),
    );
  });
});
