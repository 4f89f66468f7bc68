import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber, formatPercent } from '../src/shared/format';

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
});
