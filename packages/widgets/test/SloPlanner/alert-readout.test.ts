import { describe, expect, it } from 'vitest';
import { alertSummaryReadout, burnRatesValue, defaultBurnsText, windowsText } from '../../src/SloPlanner/alert-readout';
import { errorBudget, summarizeAlert, WORKBOOK_ALERTS } from '../../src/SloPlanner/model';

const budget = errorBudget({ target: 0.999, windowDays: 30, requestsPerSecond: 1 });

describe('defaultBurnsText and burnRatesValue', () => {
  it("the Workbook's 30-day policy reads 2% → 14.4×, 5% → 6×, 10% → 1×", () => {
    expect(defaultBurnsText(WORKBOOK_ALERTS)).toBe('2% → 14.4×, 5% → 6×, 10% → 1×');
    expect(burnRatesValue(WORKBOOK_ALERTS)).toBe('14.4,6,1');
  });

  it('a missing rule prints a dash, never NaN', () => {
    expect(defaultBurnsText(WORKBOOK_ALERTS.slice(0, 1))).toBe('2% → 14.4×, 5% → —×, 10% → —×');
  });
});

describe('windowsText', () => {
  it('long / short window as durations', () => {
    expect(windowsText({ longMinutes: 60, shortMinutes: 5, burnRate: 14.4, severity: 'page' })).toBe('1 h / 5 min');
  });
});

describe('alertSummaryReadout', () => {
  it('the 1 h / 14.4× alert at 99.9%: fires above 1.44%, after 51.8 s, resets after 4.93 min', () => {
    const rule = WORKBOOK_ALERTS[0];
    if (!rule) throw new Error('no rule');
    const summary = summarizeAlert(rule, budget);
    const row = alertSummaryReadout(summary);
    expect(row.threshold).toEqual({ text: '> 1.440%', value: summary.thresholdErrorRate });
    expect(row.spent).toEqual({ text: '2.00%', value: summary.budgetSpentAtFire });
    expect(row.detect.text).toBe('51.8 s');
    expect(row.detect.value).toBeCloseTo(51.84, 9);
    expect(row.reset.text).toBe('4.93 min');
    expect(row.reset.value).toBeCloseTo(4.928 * 60, 9);
  });

  it('an alert that needs 100% errors or more says never and has no times', () => {
    const summary = summarizeAlert({ longMinutes: 60, shortMinutes: 5, burnRate: 1000, severity: 'page' }, budget);
    const row = alertSummaryReadout(summary);
    expect(row.threshold.text).toBe('never (100% or more)');
    expect(row.threshold.value).toBe(summary.thresholdErrorRate);
    expect(row.detect).toEqual({ text: 'never', value: null });
    expect(row.reset).toEqual({ text: '—', value: null });
  });
});
