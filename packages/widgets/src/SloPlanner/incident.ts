/**
 * An incident against an SLO, solved exactly (no time grid).
 *
 * Model: constant traffic; the bad fraction is the baseline `b` outside the incident and `e`
 * during `[s, s + d)`. The burn rate over a window of `w` minutes ending at `t` is the average
 * bad fraction over `[t − w, t]` divided by the budget `β = 1 − target`. If `x(t)` is how much of
 * the incident lies inside that window, the average is `b + (e − b)·x/w`, so the window burns
 * faster than θ exactly when `x > n_w = w·(θβ − b)/(e − b)`. `x` grows as `t − s` until `min(w, d)`, stays
 * there, and then shrinks, so (for e > b) the window is over the threshold exactly on
 * `(s + n_w, s + d + w − n_w)`, which is non-empty iff `n_w < min(w, d)`. Both windows of an alert
 * agree from `s + max(n_long, n_short)`, and that time always lies inside both intervals; so the
 * alert fires `max(n_long, n_short)` minutes after the start iff both `n_w < d` and `e > θβ`.
 * Firing means exceeding the threshold (>), as in the SRE Workbook's rules. It stops when the
 * first window falls back, `min over w of (w − n_w)` = `min(long, short)·(1 − (θβ − b)/(e − b))`
 * minutes after the incident ends: the reset time. Worked case: 100% errors, 99.9%, 14.4× over
 * 1 h and 5 min: n_long = 60 × 0.0144 = 0.864 min (51.84 s), n_short = 4.32 s → fires after
 * 51.84 s and resets 5 × (1 − 0.0144) = 4.928 min after the outage ends.
 */
import type { AlertRule, ErrorBudget } from './model';

/** The simulated incident. Rates are fractions of requests (0–1); times as labelled. */
export interface IncidentInput {
  /** Bad fraction during the incident. */
  errorRate: number;
  /** Bad fraction outside the incident (normal background errors). */
  baselineRate: number;
  /** Incident start, hours after the start of the SLO window. */
  startHours: number;
  /** Incident duration in minutes. */
  durationMinutes: number;
}

/** What one alert rule does during the incident. */
export type AlertOutcome =
  | {
      kind: 'fires';
      /** Minutes from the incident start to the alert firing. */
      afterMinutes: number;
      /** Hours from the window start. */
      atHours: number;
      /** Share of the window's budget the incident had spent when the alert fired. */
      budgetSpent: number;
      /** Share of the budget left when the alert fired (baseline before the start included). */
      budgetLeft: number;
      /** Reset time: minutes the alert keeps firing after the incident ends. */
      resetMinutes: number;
    }
  /** The baseline alone burns above the threshold: the alert fires without any incident. */
  | { kind: 'baseline' }
  /** The incident is too weak or too short to reach the threshold in both windows. */
  | { kind: 'silent' };

/** The incident's effect on the budget and on each alert. */
export interface IncidentResult {
  /** Incident duration actually inside the SLO window (the rest is cut off), minutes. */
  effectiveMinutes: number;
  /** Outcome per alert rule, same order as the rules. */
  alerts: AlertOutcome[];
  /** Earliest firing, minutes after the start; null when nothing fires on the incident. */
  detectionMinutes: number | null;
  /** Share of the budget used over the whole window (baseline + incident); may exceed 1. */
  budgetUsed: number;
  /** `1 − budgetUsed`; negative when the budget is overspent. */
  budgetLeft: number;
  /** Budget left (share) over time: exact corner points of a piecewise-linear curve, hours. */
  budgetCurve: { hours: number; left: number }[];
}

/** Outcome of one alert rule; see the module comment for the derivation. */
export function alertOutcome(
  rule: AlertRule,
  budget: ErrorBudget,
  incident: IncidentInput,
  minutes: number,
): AlertOutcome {
  const threshold = rule.burnRate * budget.budgetFraction;
  const { errorRate: e, baselineRate: b } = incident;
  if (b > threshold) return { kind: 'baseline' };
  if (e <= b || e <= threshold || minutes <= 0) return { kind: 'silent' };
  const share = (threshold - b) / (e - b);
  const after = Math.max(rule.longMinutes, rule.shortMinutes) * share;
  const allowed = budget.budgetFraction * budget.windowMinutes;
  if (after >= minutes) return { kind: 'silent' };
  return {
    kind: 'fires',
    afterMinutes: after,
    atHours: incident.startHours + after / 60,
    budgetSpent: (e * after) / allowed,
    budgetLeft: 1 - (b * incident.startHours * 60 + e * after) / allowed,
    resetMinutes: Math.min(rule.longMinutes, rule.shortMinutes) * (1 - share),
  };
}

/**
 * Simulates an incident over one SLO window.
 * @example simulateIncident(rules, budget, { errorRate: 1, baselineRate: 0, startHours: 0, durationMinutes: 60 })
 */
export function simulateIncident(
  rules: readonly AlertRule[],
  budget: ErrorBudget,
  incident: IncidentInput,
): IncidentResult {
  const windowHours = budget.windowMinutes / 60;
  const start = Math.min(Math.max(incident.startHours, 0), windowHours);
  const effectiveMinutes = Math.max(0, Math.min(incident.durationMinutes, (windowHours - start) * 60));
  const clipped = { ...incident, startHours: start };
  const alerts: AlertOutcome[] = rules.map((rule) => alertOutcome(rule, budget, clipped, effectiveMinutes));
  const fired = alerts.flatMap((a) => (a.kind === 'fires' ? [a.afterMinutes] : []));
  const allowed = budget.budgetFraction * budget.windowMinutes;
  const spent = (minutesOfBaseline: number, minutesOfIncident: number) =>
    (incident.baselineRate * minutesOfBaseline + incident.errorRate * minutesOfIncident) / allowed;
  const budgetUsed = spent(budget.windowMinutes - effectiveMinutes, effectiveMinutes);
  const end = start + effectiveMinutes / 60;
  const budgetCurve = [
    { hours: 0, left: 1 },
    { hours: start, left: 1 - spent(start * 60, 0) },
    { hours: end, left: 1 - spent(start * 60, effectiveMinutes) },
    { hours: windowHours, left: 1 - budgetUsed },
  ];
  return {
    effectiveMinutes,
    alerts,
    detectionMinutes: fired.length > 0 ? Math.min(...fired) : null,
    budgetUsed,
    budgetLeft: 1 - budgetUsed,
    budgetCurve,
  };
}
