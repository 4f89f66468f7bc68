import { describe, expect, it } from 'vitest';
import {
  daysText,
  displayScale,
  displayStep,
  displayValue,
  holdoutInputs,
  isPercentKey,
  parseTypedValue,
} from '../../src/HoldoutCalculator/input';
import type { HoldoutState } from '../../src/HoldoutCalculator/state';

describe('display units', () => {
  it('shares are typed in percent, counts and costs as they are', () => {
    expect(isPercentKey('holdout')).toBe(true);
    expect(isPercentKey('traffic')).toBe(false);
    expect(displayScale('margin')).toBe(100);
    expect(displayScale('cost')).toBe(1);
  });

  it('shows six significant digits in display units, so float noise never reaches the field', () => {
    expect(displayValue('fraud', 0.005)).toBe(0.5);
    expect(displayValue('precision', 0.07)).toBe(7); // 0.07 × 100 = 7.000000000000001
    expect(displayValue('traffic', 123_456_789)).toBe(123_457_000);
  });

  it('steps: any for percentages, 1000 for traffic, 1 for the cost', () => {
    expect(displayStep('recall')).toBe('any');
    expect(displayStep('traffic')).toBe(1000);
    expect(displayStep('cost')).toBe(1);
  });
});

describe('parseTypedValue', () => {
  it('converts percent to a fraction and accepts values inside the bounds without a notice', () => {
    expect(parseTypedValue('holdout', '5')).toEqual({ value: 0.05, notice: null });
    expect(parseTypedValue('cost', '0')).toEqual({ value: 0, notice: null });
  });

  it('clamps to the bounds and says what is used instead', () => {
    expect(parseTypedValue('holdout', '90')).toEqual({
      value: 0.5,
      notice: 'Holdout share: 90 is outside 0.1–50, so 50 is used.',
    });
    expect(parseTypedValue('traffic', '10')).toEqual({
      value: 100,
      // formatNumber writes 1e6 and more in exponent form.
      notice: 'Transactions per day: 10 is outside 100–1.00e+8, so 100 is used.',
    });
  });

  it('rounds integer params before clamping, without a notice when the rounded value fits', () => {
    expect(parseTypedValue('traffic', '1234.6')).toEqual({ value: 1235, notice: null });
  });

  it('keeps the state on text that is not a number, quoting at most 20 characters of it', () => {
    expect(parseTypedValue('fraud', '')).toEqual({ notice: 'Fraud rate: "" is not a number, so it was not changed.' });
    expect(parseTypedValue('fraud', 'x'.repeat(30)).notice).toBe(
      `Fraud rate: "${'x'.repeat(20)}" is not a number, so it was not changed.`,
    );
    expect(parseTypedValue('cost', 'Infinity').value).toBeUndefined();
  });
});

describe('holdoutInputs', () => {
  it('renames the URL keys for the model and reads the power as a number', () => {
    const state: HoldoutState = {
      traffic: 1000,
      fraud: 0.01,
      recall: 0.8,
      precision: 0.5,
      holdout: 0.02,
      design: 'random',
      cost: 10,
      margin: 0.05,
      drop: 0.1,
      power: '0.9',
    };
    expect(holdoutInputs(state)).toEqual({
      traffic: 1000,
      fraudRate: 0.01,
      recall: 0.8,
      precision: 0.5,
      holdout: 0.02,
      design: 'random',
      costPerMiss: 10,
      margin: 0.05,
      drop: 0.1,
      power: 0.9,
    });
  });
});

describe('daysText', () => {
  it('hours below a day, days from one day, never for Infinity', () => {
    expect(daysText(0.5)).toBe('12 hours');
    expect(daysText(1)).toBe('1 days');
    expect(daysText(23.8125)).toBe('23.8 days');
    expect(daysText(Number.POSITIVE_INFINITY)).toBe('never (no labelled cases)');
  });
});
