import { describe, expect, it } from 'vitest';
import { formatReadingTime, readingMinutes } from '../src/reading/reading-time';

describe('readingMinutes', () => {
  it('rounds up at 200 words per minute with a minimum of 1', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
    expect(readingMinutes(300, 100)).toBe(3);
  });
  it('throws a RangeError for impossible counts', () => {
    expect(() => readingMinutes(-1)).toThrow(RangeError);
    expect(() => readingMinutes(Number.NaN)).toThrow(RangeError);
    expect(() => readingMinutes(10, 0)).toThrow(RangeError);
  });
  it('formats as "N min read"', () => {
    expect(formatReadingTime(7)).toBe('7 min read');
  });
});
