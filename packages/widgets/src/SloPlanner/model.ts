/**
 * Error budget and multi-window, multi-burn-rate alerts for one SLO. Pure functions.
 *
 * Conventions: the SLO `target` is a fraction (0.999); its error budget is the fraction
 * `budget = 1 − target` of events that may be bad in the window. A burn rate is an observed
 * bad fraction divided by `budget`: burning at 1× spends exactly the whole budget in one window.
 * See the SRE workbook, "Alerting on SLOs" (https://sre.google/workbook/alerting-on-slos/).
 */

/** Minutes in one day. */
export const MINUTES_PER_DAY = 1440;

/** What the SLI counts as a bad event. */
export type SliKind = 'availability' | 'latency';

/** The SLO being planned. */
export interface SloInput {
  /** Target as a fraction in (0, 1), e.g. 0.999. */
  target: number;
  /** SLO window in days (7, 28 or 30). */
  windowDays: number;
  /** Average traffic in requests per second (≥ 0). */
  requestsPerSecond: number;
}

/** How much unreliability the SLO allows in one window. */
export interface ErrorBudget {
  /** `1 − target`: the share of events that may be bad. */
  budgetFraction: number;
  /** Window length in minutes. */
  windowMinutes: number;
  /** Minutes of complete outage the budget allows: `budgetFraction × windowMinutes`. */
  badMinutes: number;
  /** Requests in the window at the given traffic. */
  totalRequests: number;
  /** Bad (failed or slow) requests the budget allows. */
  badRequests: number;
}

/**
 * The error budget of an SLO.
 * @example errorBudget({ target: 0.999, windowDays: 30, requestsPerSecond: 100 }).badMinutes // ≈ 43.2
 */
export function errorBudget({ target, windowDays, requestsPerSecond }: SloInput): ErrorBudget {
  const budgetFraction = 1 - target;
  const windowMinutes = windowDays * MINUTES_PER_DAY;
  const totalRequests = requestsPerSecond * windowMinutes * 60;
  return {
    budgetFraction,
    windowMinutes,
    badMinutes: budgetFraction * windowMinutes,
    totalRequests,
    badRequests: budgetFraction * totalRequests,
  };
}

/**
 * One multi-window burn-rate alert: it fires while both windows burn faster than `burnRate`
 * (strictly: the Workbook's rules read `rate > burn × budget`).
 */
export interface AlertRule {
  /** Long window in minutes (significance). */
  longMinutes: number;
  /** Short window in minutes (makes the alert reset quickly after recovery). */
  shortMinutes: number;
  /** Threshold as a multiple of the sustainable burn rate, e.g. 14.4. */
  burnRate: number;
  /** What the alert does: wake someone, or open a ticket. */
  severity: 'page' | 'ticket';
}

/** The SRE workbook's recommended policy for a 30-day window. */
export const WORKBOOK_ALERTS: readonly AlertRule[] = [
  { longMinutes: 60, shortMinutes: 5, burnRate: 14.4, severity: 'page' },
  { longMinutes: 360, shortMinutes: 30, burnRate: 6, severity: 'page' },
  { longMinutes: 4320, shortMinutes: 360, burnRate: 1, severity: 'ticket' },
];

/**
 * Share of the window's budget each Workbook alert lets burn before it fires: 2 % in 1 h, 5 % in
 * 6 h, 10 % in 3 d (SRE Workbook, "Alerting on SLOs", the multiwindow, multi-burn-rate table).
 */
export const WORKBOOK_BUDGET_SHARES: readonly number[] = [0.02, 0.05, 0.1];

/**
 * The Workbook's burn rate for an alert, scaled to the SLO window:
 * burn rate = budget share × SLO window / long window (the Workbook's own formula, which gives
 * 0.02 × 720 h / 1 h = 14.4 for 30 days). The same 2 % in 1 h is 13.44× over 28 days and 3.36×
 * over 7 days: a shorter window has less budget, so the same hour of errors spends more of it.
 * @example workbookBurnRate(0, 7 * 1440) // 3.36
 */
export function workbookBurnRate(alertIndex: number, windowMinutes: number): number {
  const rule = WORKBOOK_ALERTS[alertIndex];
  const share = WORKBOOK_BUDGET_SHARES[alertIndex];
  if (!rule || share === undefined)
    throw new RangeError(`workbookBurnRate requires an alert index 0–2 (got ${alertIndex})`);
  return Number(((share * windowMinutes) / rule.longMinutes).toPrecision(12));
}

/** What an alert rule means for a given SLO. */
export interface AlertSummary {
  /** Error rate (fraction of requests) the threshold corresponds to: `burnRate × budget`. */
  thresholdErrorRate: number;
  /** False when the threshold needs 100% errors or more: the alert can never exceed it. */
  canFire: boolean;
  /**
   * Share of the window's budget spent when the alert fires on a burn at exactly the threshold
   * that filled the long window: `burnRate × longMinutes / windowMinutes`.
   */
  budgetSpentAtFire: number;
  /** Minutes from the start of a total outage (100% errors, no baseline) to firing. */
  detectionMinutesAtFullOutage: number;
  /**
   * Reset time, the Workbook's fourth alert property: minutes the alert keeps firing after a total
   * outage ends, until its short window falls back to the threshold: short × (1 − threshold).
   */
  resetMinutesAtFullOutage: number;
  /** A problem with the rule itself, e.g. a short window not shorter than the long one. */
  problem: string | null;
}

/**
 * What an alert rule costs and how fast it reacts for this SLO.
 * @example summarizeAlert(WORKBOOK_ALERTS[0], budget30d999).budgetSpentAtFire // 0.02
 */
export function summarizeAlert(rule: AlertRule, budget: ErrorBudget): AlertSummary {
  const thresholdErrorRate = rule.burnRate * budget.budgetFraction;
  const canFire = thresholdErrorRate < 1;
  let problem: string | null = null;
  if (rule.shortMinutes >= rule.longMinutes) {
    problem = `the short window (${rule.shortMinutes} min) should be shorter than the long window (${rule.longMinutes} min)`;
  } else if (!canFire) {
    problem = `a ${rule.burnRate}× burn needs more than ${(thresholdErrorRate * 100).toPrecision(3)}% errors, so it can never fire`;
  } else if (rule.longMinutes > budget.windowMinutes) {
    problem = 'the long window is longer than the SLO window';
  }
  return {
    thresholdErrorRate,
    canFire,
    budgetSpentAtFire: (rule.burnRate * rule.longMinutes) / budget.windowMinutes,
    detectionMinutesAtFullOutage: canFire
      ? Math.max(rule.longMinutes, rule.shortMinutes) * thresholdErrorRate
      : Number.POSITIVE_INFINITY,
    resetMinutesAtFullOutage: canFire
      ? Math.min(rule.longMinutes, rule.shortMinutes) * (1 - thresholdErrorRate)
      : Number.NaN,
    problem,
  };
}
