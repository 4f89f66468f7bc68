import { describe, expect, it } from 'vitest';
import type { AlertOutcome, IncidentResult } from '../../src/SloPlanner/incident';
import { alertRowReadout, budgetUsedText, detectionReadout, outcomeText } from '../../src/SloPlanner/incident-readout';
import { errorBudget } from '../../src/SloPlanner/model';

const fires: AlertOutcome = {
  kind: 'fires',
  afterMinutes: 0.864,
  atHours: 240.0144,
  budgetSpent: 0.02,
  budgetLeft: 0.75,
  resetMinutes: 4.928,
};

describe('outcomeText', () => {
  it('names each outcome kind', () => {
    expect(outcomeText(fires)).toBe('fires 51.8 s after the start');
    expect(outcomeText({ kind: 'baseline' })).toBe('fires even without the incident (baseline too high)');
    expect(outcomeText({ kind: 'silent' })).toBe('does not fire');
  });
});

describe('alertRowReadout', () => {
  it('a firing alert: seconds as values, spent to two decimals, reset as a duration', () => {
    const row = alertRowReadout(fires);
    expect(row.outcome).toEqual({ text: 'fires 51.8 s after the start', value: 0.864 * 60 });
    expect(row.spent).toBe('2.00%');
    expect(row.reset).toEqual({ text: '4.93 min', value: 4.928 * 60 });
  });

  it('a silent or baseline alert: its kind as the value and dashes for the rest', () => {
    for (const kind of ['silent', 'baseline'] as const) {
      const row = alertRowReadout({ kind });
      expect(row.outcome.value).toBe(kind);
      expect(row.spent).toBe('—');
      expect(row.reset).toEqual({ text: '—', value: null });
    }
  });
});

describe('detectionReadout', () => {
  it('the first firing in seconds, or none', () => {
    expect(detectionReadout(17.5)).toEqual({ text: 'after 17.5 min', value: 1050 });
    expect(detectionReadout(0)).toEqual({ text: 'after 0 ms', value: 0 });
    expect(detectionReadout(null)).toEqual({ text: 'none fires', value: null });
  });
});

describe('budgetUsedText', () => {
  it('the share and the budget-minutes it stands for (99.9% over 30 days = 43.2 min)', () => {
    const budget = errorBudget({ target: 0.999, windowDays: 30, requestsPerSecond: 1 });
    const incident = { budgetUsed: 0.25 } as IncidentResult;
    expect(budgetUsedText(incident, budget)).toBe('25.0% = 10.8 of 43.2 budget-minutes');
  });
});
