import { describe, expect, it } from 'vitest';
import { journeyBudgetMinutes, journeyBudgetText, problemsText } from '../../src/SloPlanner/journey-readout';

const journey = (sloPercent: number | null) => ({ feature: 'F', name: 'J', sloPercent, slis: [] });
const thirtyDays = 30 * 1440;

describe('journeyBudgetMinutes', () => {
  it('99.9% over 30 days allows 43.2 min; no SLO, no budget', () => {
    expect(journeyBudgetMinutes(journey(99.9), thirtyDays)).toBeCloseTo(43.2, 9);
    expect(journeyBudgetMinutes(journey(99.5), 7 * 1440)).toBeCloseTo(50.4, 9);
    expect(journeyBudgetMinutes(journey(null), thirtyDays)).toBeNull();
  });
});

describe('journeyBudgetText', () => {
  it('four significant digits and the window in days', () => {
    expect(journeyBudgetText(43.2, thirtyDays)).toBe('Error budget: 43.2 min per 30 days.');
    expect(journeyBudgetText(4.32123, 28 * 1440)).toBe('Error budget: 4.321 min per 28 days.');
    expect(journeyBudgetText(null, thirtyDays)).toBe('No SLO yet, so no error budget.');
  });
});

describe('problemsText', () => {
  it('all good, or the count', () => {
    expect(problemsText(0)).toBe('Every journey has one SLO and at least one SLI.');
    expect(problemsText(2)).toBe('2 problem(s) to fix:');
  });
});
