import { describe, expect, it } from 'vitest';
import { parseSlideParam, slideAfterKey, slideRanges } from '../src/present/slides';

describe('slideRanges', () => {
  it('puts blocks before the first h2 on the title slide and starts a slide at each h2', () => {
    expect(slideRanges([false, true, false, true])).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 3 },
      { start: 3, end: 4 },
    ]);
  });
  it('keeps an empty title slide when the content starts with an h2', () => {
    expect(slideRanges([true, false])).toEqual([
      { start: 0, end: 0 },
      { start: 0, end: 2 },
    ]);
  });
  it('has only the title slide for empty content', () => {
    expect(slideRanges([])).toEqual([{ start: 0, end: 0 }]);
  });
});

describe('parseSlideParam', () => {
  it('defaults to slide 1 without a notice', () => {
    expect(parseSlideParam(null, 5)).toEqual({ slide: 1 });
    expect(parseSlideParam('', 5)).toEqual({ slide: 1 });
  });
  it('accepts a whole number in range', () => {
    expect(parseSlideParam('3', 5)).toEqual({ slide: 3 });
    expect(parseSlideParam('5', 5)).toEqual({ slide: 5 });
  });
  it('clamps out-of-range numbers with a notice', () => {
    expect(parseSlideParam('99', 12)).toEqual({
      slide: 12,
      notice: 'There is no slide 99; showing the last slide, 12.',
    });
    expect(parseSlideParam('0', 12)).toEqual({ slide: 1, notice: 'There is no slide 0; showing the first slide.' });
    expect(parseSlideParam('-4', 12).slide).toBe(1);
  });
  it('rejects non-numbers, fractions and huge input with a notice', () => {
    for (const raw of ['abc', '2.5', '1e3', '<script>', 'x'.repeat(500)]) {
      const result = parseSlideParam(raw, 12);
      expect(result.slide).toBe(1);
      expect(result.notice).toMatch(/is not a slide number/);
      expect(result.notice?.length ?? 0).toBeLessThan(120);
    }
  });
  it('treats a count below 1 as one slide', () => {
    expect(parseSlideParam('2', 0)).toEqual({ slide: 1, notice: 'There is no slide 2; showing the last slide, 1.' });
  });
});

describe('slideAfterKey', () => {
  it('moves with arrows and page keys, clamped to the deck', () => {
    expect(slideAfterKey('ArrowRight', 2, 5)).toBe(3);
    expect(slideAfterKey('PageDown', 5, 5)).toBe(5);
    expect(slideAfterKey('ArrowLeft', 1, 5)).toBe(1);
    expect(slideAfterKey('PageUp', 3, 5)).toBe(2);
  });
  it('jumps with Home and End, ignores other keys', () => {
    expect(slideAfterKey('Home', 4, 5)).toBe(1);
    expect(slideAfterKey('End', 1, 5)).toBe(5);
    expect(slideAfterKey('a', 1, 5)).toBeNull();
  });
});
