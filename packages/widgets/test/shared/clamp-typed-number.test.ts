import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampTypedNumber } from '../../src/shared/clamp-typed-number';

const seed = { label: 'Seed', min: 0, max: 999, integer: true };

describe('clampTypedNumber', () => {
  it('uses an in-range number as typed, clamps the rest to the nearest bound with a notice', () => {
    expect(clampTypedNumber(' 42 ', seed)).toEqual({ value: 42, notice: null });
    expect(clampTypedNumber('5000', seed)).toEqual({
      value: 999,
      notice: 'Seed: 5000 is outside 0–999, so 999 is used.',
    });
    expect(clampTypedNumber('-3', seed)).toEqual({ value: 0, notice: 'Seed: -3 is outside 0–999, so 0 is used.' });
    expect(clampTypedNumber('2.5', { label: 'Shift', min: 0, max: 3 })).toEqual({ value: 2.5, notice: null });
    expect(clampTypedNumber('2.5', seed)).toEqual({ value: 3, notice: null });
  });

  it('gives no value for text that is not a finite number, echoing at most 20 characters', () => {
    expect(clampTypedNumber('', seed)).toEqual({ value: null, notice: 'Seed: "" is not a number.' });
    expect(clampTypedNumber('Infinity', seed).value).toBeNull();
    expect(clampTypedNumber('x'.repeat(50), seed).notice).toBe(`Seed: "${'x'.repeat(20)}" is not a number.`);
  });

  it('always returns null or a value inside the range', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }), (text, n) => {
        for (const raw of [text, String(n)]) {
          const { value } = clampTypedNumber(raw, { label: 'x', min: -10, max: 10 });
          if (value !== null) expect(value >= -10 && value <= 10).toBe(true);
        }
      }),
    );
  });
});
