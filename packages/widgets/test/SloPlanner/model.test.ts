import { describe, expect, it } from 'vitest';
import { errorBudget, summarizeAlert, WORKBOOK_ALERTS, workbookBurnRate } from '../../src/SloPlanner/model';

// Reference values by hand: budget minutes = (1 − target) × days × 1440.
describe('errorBudget', () => {
  it.each([
    [0.999, 30, 43.2],
    [0.995, 30, 216],
    [0.9999, 30, 4.32],
    [0.999, 7, 10.08],
    [0.999, 28, 40.32],
  ])('target %f over %i days allows %f minutes', (target, windowDays, minutes) => {
    expect(errorBudget({ target, windowDays, requestsPerSecond: 1 }).badMinutes).toBeCloseTo(minutes, 9);
  });

  it('counts requests: 100 req/s over 30 days is 259.2 M, 0.1% of it 259 200', () => {
    const b = errorBudget({ target: 0.999, windowDays: 30, requestsPerSecond: 100 });
    expect(b.totalRequests).toBe(259_200_000);
    expect(b.badRequests).toBeCloseTo(259_200, 3);
    expect(b.windowMinutes).toBe(43_200);
  });

  it('zero traffic allows zero bad requests (not NaN)', () => {
    expect(errorBudget({ target: 0.999, windowDays: 30, requestsPerSecond: 0 }).badRequests).toBe(0);
  });
});

describe('summarizeAlert (SRE workbook policy at 99.9% over 30 days)', () => {
  const budget = errorBudget({ target: 0.999, windowDays: 30, requestsPerSecond: 1 });
  const [fast, medium, slow] = WORKBOOK_ALERTS.map((r) => summarizeAlert(r, budget));

  it('threshold error rates are burn rate × 0.1%', () => {
    expect(fast?.thresholdErrorRate).toBeCloseTo(0.0144, 12);
    expect(medium?.thresholdErrorRate).toBeCloseTo(0.006, 12);
    expect(slow?.thresholdErrorRate).toBeCloseTo(0.001, 12);
  });

  it('budget spent when firing: 14.4×1 h/720 h = 2%, 6×6 h/720 h = 5%, 1×72 h/720 h = 10%', () => {
    expect(fast?.budgetSpentAtFire).toBeCloseTo(0.02, 12);
    expect(medium?.budgetSpentAtFire).toBeCloseTo(0.05, 12);
    expect(slow?.budgetSpentAtFire).toBeCloseTo(0.1, 12);
  });

  it('a total outage is detected after 60 min × 0.0144 = 0.864 min, 2.16 min and 4.32 min', () => {
    expect(fast?.detectionMinutesAtFullOutage).toBeCloseTo(0.864, 12);
    expect(medium?.detectionMinutesAtFullOutage).toBeCloseTo(2.16, 12);
    expect(slow?.detectionMinutesAtFullOutage).toBeCloseTo(4.32, 12);
    expect([fast, medium, slow].map((s) => s?.problem)).toEqual([null, null, null]);
  });

  it('a burn rate that needs more than 100% errors can never fire, and says so', () => {
    const loose = errorBudget({ target: 0.9, windowDays: 30, requestsPerSecond: 1 });
    const s = summarizeAlert({ longMinutes: 60, shortMinutes: 5, burnRate: 14.4, severity: 'page' }, loose);
    expect(s.canFire).toBe(false);
    expect(s.detectionMinutesAtFullOutage).toBe(Number.POSITIVE_INFINITY);
    expect(s.problem).toContain('144%');
  });

  it('flags a short window that is not shorter than the long window', () => {
    const s = summarizeAlert({ longMinutes: 30, shortMinutes: 60, burnRate: 2, severity: 'page' }, budget);
    expect(s.problem).toContain('short window (60 min)');
  });
});

describe("workbookBurnRate: the Workbook's rates scaled to the SLO window", () => {
  // SRE Workbook, "Alerting on SLOs": burn rate = budget consumed × SLO period / alert window,
  // with 2 % in 1 h, 5 % in 6 h and 10 % in 3 d. For 30 days (720 h): 0.02 × 720 / 1 = 14.4,
  // 0.05 × 720 / 6 = 6, 0.1 × 720 / 72 = 1; for 28 days (672 h) and 7 days (168 h) by the same rule.
  it.each([
    [30, [14.4, 6, 1]],
    [28, [13.44, 5.6, 0.933333333333]],
    [7, [3.36, 1.4, 0.233333333333]],
  ])('%i days → %j', (days, rates) => {
    const got = [0, 1, 2].map((i) => workbookBurnRate(i, days * 1440));
    for (const [i, g] of got.entries()) expect(g).toBeCloseTo(rates[i] as number, 9);
  });
});

describe('summarizeAlert: reset time and the strict threshold', () => {
  const budget = errorBudget({ target: 0.999, windowDays: 30, requestsPerSecond: 1 });
  it('gives each alert its reset time after a total outage: short window × (1 − threshold)', () => {
    const resets = WORKBOOK_ALERTS.map((r) => summarizeAlert(r, budget).resetMinutesAtFullOutage);
    expect(resets[0]).toBeCloseTo(5 * (1 - 0.0144), 12); // 4.928 min
    expect(resets[1]).toBeCloseTo(30 * (1 - 0.006), 12); // 29.82 min
    expect(resets[2]).toBeCloseTo(360 * (1 - 0.001), 12); // 359.64 min
  });
  it('a threshold of exactly 100 % errors can never be exceeded', () => {
    const s = summarizeAlert({ longMinutes: 60, shortMinutes: 5, burnRate: 1000, severity: 'page' }, budget);
    expect(s.canFire).toBe(false);
  });
});
