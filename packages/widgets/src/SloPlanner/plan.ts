/** From the planner's URL state (percent, minutes) to every number it shows. Pure. */
import type { StateOf } from '../shared/url-state';
import { type IncidentResult, simulateIncident } from './incident';
import { lowTrafficWarning } from './low-traffic';
import {
  type AlertRule,
  type AlertSummary,
  type ErrorBudget,
  errorBudget,
  MINUTES_PER_DAY,
  summarizeAlert,
  workbookBurnRate,
} from './model';
import type { sloSpec } from './state';

/** The planner's state as read from the URL. */
export type SloState = StateOf<typeof sloSpec>;

/** Everything the SLO planner displays. */
export interface SloPlan {
  budget: ErrorBudget;
  rules: AlertRule[];
  summaries: AlertSummary[];
  incident: IncidentResult;
  /** Sentences about combinations that cannot work (shown as alerts). */
  problems: string[];
  /** Set when the budget is a handful of requests: burn-rate alerts turn into single-error pages. */
  lowTraffic: string | null;
}

/** The three alert rules in the state, in order; a burn rate of 0 takes the Workbook's, scaled to the window. */
export function rulesFromState(s: SloState): AlertRule[] {
  const windowMinutes = Number(s.window) * MINUTES_PER_DAY;
  const rate = (value: number, i: number) => (value > 0 ? value : workbookBurnRate(i, windowMinutes));
  return [
    { longMinutes: s.a1l, shortMinutes: s.a1s, burnRate: rate(s.a1b, 0), severity: 'page' },
    { longMinutes: s.a2l, shortMinutes: s.a2s, burnRate: rate(s.a2b, 1), severity: 'page' },
    { longMinutes: s.a3l, shortMinutes: s.a3s, burnRate: rate(s.a3b, 2), severity: 'ticket' },
  ];
}

/** Computes the plan; never throws for states that passed the URL spec's bounds. */
export function planFromState(s: SloState): SloPlan {
  const budget = errorBudget({ target: s.target / 100, windowDays: Number(s.window), requestsPerSecond: s.rps });
  const rules = rulesFromState(s);
  const summaries = rules.map((r) => summarizeAlert(r, budget));
  const problems = summaries.flatMap((x, i) => (x.problem ? [`Alert ${i + 1}: ${x.problem}.`] : []));
  const windowHours = budget.windowMinutes / 60;
  if (s.start > windowHours) {
    problems.push(`The incident starts after the ${s.window}-day window ends, so it is moved to hour ${windowHours}.`);
  } else if (s.start + s.dur / 60 > windowHours) {
    problems.push('The incident runs past the end of the SLO window; only the part inside the window is counted.');
  }
  const incident = simulateIncident(rules, budget, {
    errorRate: s.err / 100,
    baselineRate: s.base / 100,
    startHours: s.start,
    durationMinutes: s.dur,
  });
  return { budget, rules, summaries, incident, problems, lowTraffic: lowTrafficWarning(budget, rules, s.rps) };
}
