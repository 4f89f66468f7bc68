import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFromState } from '../../src/SloPlanner/plan';
import { SLO_PREFIX, sloSpec } from '../../src/SloPlanner/state';
import { decodeState, defaultState } from '../../src/shared/url-state';

describe('planFromState', () => {
  it('the defaults: 43.2 budget-minutes, alerts 1 and 2 fire, 73.1% left', () => {
    const plan = planFromState(defaultState(sloSpec));
    expect(plan.budget.badMinutes).toBeCloseTo(43.2, 9);
    expect(plan.incident.alerts.map((a) => a.kind)).toEqual(['fires', 'fires', 'silent']);
    expect(plan.incident.budgetLeft).toBeCloseTo(1 - 11.628 / 43.2, 9);
    expect(plan.problems).toEqual([]);
  });

  it('says when the incident starts after a 7-day window', () => {
    const plan = planFromState({ ...defaultState(sloSpec), window: '7', start: 500 });
    expect(plan.problems).toContain('The incident starts after the 7-day window ends, so it is moved to hour 168.');
  });

  it('any query string yields finite numbers (never NaN on screen)', () => {
    const keys = Object.keys(sloSpec);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.string({ maxLength: 12 }), fc.double().map(String))), {
          maxLength: 20,
        }),
        (pairs) => {
          const params = new URLSearchParams(pairs.map(([k, v]) => [`${SLO_PREFIX}.${k}`, v]));
          const plan = planFromState(decodeState(sloSpec, params, SLO_PREFIX).state);
          const numbers = [
            plan.budget.badMinutes,
            plan.budget.badRequests,
            plan.incident.budgetLeft,
            ...plan.summaries.map((s) => s.budgetSpentAtFire),
            ...plan.incident.budgetCurve.flatMap((p) => [p.hours, p.left]),
          ];
          expect(numbers.every(Number.isFinite)).toBe(true);
        },
      ),
    );
  });

  it('scales the default burn rates to a 7-day window, and keeps a rate the user set', () => {
    const week = planFromState({ ...defaultState(sloSpec), window: '7' });
    const expected = [3.36, 1.4, 0.2333333333];
    for (const [i, r] of week.rules.entries()) expect(r.burnRate).toBeCloseTo(expected[i] as number, 9);
    const set = planFromState({ ...defaultState(sloSpec), window: '7', a1b: 14.4 });
    expect(set.rules[0]?.burnRate).toBe(14.4);
  });

  it('warns when the budget is a handful of requests', () => {
    // 0.01 req/s × 30 d = 25 920 requests; 0.1 % of them is 25.9 bad requests.
    const low = planFromState({ ...defaultState(sloSpec), rps: 0.01 });
    expect(low.lowTraffic).toMatch(/25\.9 bad requests per window/);
    expect(planFromState(defaultState(sloSpec)).lowTraffic).toBeNull();
  });
});
