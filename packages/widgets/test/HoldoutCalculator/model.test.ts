import { describe, expect, it } from 'vitest';
import { casesForDrop, casesForMargin, holdoutPlan, wilsonHalfWidth } from '../../src/HoldoutCalculator/model';

const base = {
  traffic: 200_000,
  fraudRate: 0.005,
  recall: 0.8,
  precision: 0.5,
  holdout: 0.01,
  design: 'flagged' as const,
  costPerMiss: 150,
  margin: 0.05,
  drop: 0.1,
};

describe('holdoutPlan', () => {
  it('works out the page example by hand: 1 % of 1,600 flagged a day', () => {
    const r = holdoutPlan(base);
    // 200,000 × 0.5 % = 1,000 frauds; 80 % flagged = 800; at 50 % precision 1,600 flagged.
    expect(r.flaggedPerDay).toBeCloseTo(1600, 9);
    expect(r.letThroughPerDay).toBeCloseTo(16, 9);
    expect(r.fraudLetThroughPerDay).toBeCloseTo(8, 9);
    expect(r.costPerDay).toBeCloseTo(1200, 9);
    expect(r.costPerYear).toBeCloseTo(438_000, 6);
    // Wilson ±5 % at p = 0.5 needs 381 cases (closed form, checked in Python); 381 / 16 a day.
    expect(r.precisionCasesNeeded).toBe(381);
    expect(r.daysForPrecision).toBeCloseTo(381 / 16, 9);
    expect(r.recallCasesPerDay).toBe(0);
    expect(r.daysForRecall).toBe(Number.POSITIVE_INFINITY);
  });

  it('a random holdout also measures recall, on the frauds it lets through', () => {
    const r = holdoutPlan({ ...base, design: 'random' });
    expect(r.letThroughPerDay).toBeCloseTo(2000, 9);
    expect(r.recallCasesPerDay).toBeCloseTo(10, 9);
    expect(r.recallCasesNeeded).toBe(245);
    expect(r.daysForRecall).toBeCloseTo(24.5, 9);
  });

  it('detecting a 10-point precision drop needs two windows of 181 cases', () => {
    expect(casesForDrop(0.5, 0.1)).toBe(181);
    expect(holdoutPlan(base).daysToDetectDrop).toBeCloseTo((2 * 181) / 16, 9);
  });
});

describe('Wilson helpers', () => {
  it('matches the closed-form Wilson interval', () => {
    // z = 1.959964, k = 191 of 381: half-width 0.0499546 (Python, closed form).
    expect(wilsonHalfWidth(0.5, 381)).toBeCloseTo(0.04995462328539457, 9);
    expect(casesForMargin(0.5, 0.05)).toBe(381);
  });
});
