import { formatNumber, formatPercent } from '../shared/format';
import type { AlertRule, ErrorBudget } from './model';

/** Below this many bad requests per window, the budget is "a handful" and the planner warns. */
export const LOW_TRAFFIC_BAD_REQUESTS = 100;

/**
 * A warning when the error budget is only a handful of requests, or one failed request is enough
 * to push an alert's short window over its threshold (the SRE Workbook's "Low-traffic services
 * and error budget alerting": one failure can page, so add synthetic traffic, combine services,
 * or change the SLO). Null when traffic is high enough.
 *
 * @param rps - requests per second (≥ 0)
 */
export function lowTrafficWarning(budget: ErrorBudget, rules: readonly AlertRule[], rps: number): string | null {
  if (budget.totalRequests === 0) return 'No traffic: there are no requests to measure, so no alert can fire.';
  const parts: string[] = [];
  if (budget.badRequests < LOW_TRAFFIC_BAD_REQUESTS) {
    parts.push(
      `The whole budget is ${formatNumber(budget.badRequests)} bad request${budget.badRequests === 1 ? '' : 's'} per window, so each failure spends ${formatPercent(1 / budget.badRequests)} of it.`,
    );
  }
  const tripped = rules.findIndex((r) => 1 / (rps * r.shortMinutes * 60) > r.burnRate * budget.budgetFraction);
  const rule = rules[tripped];
  if (rule) {
    parts.push(
      `Alert ${tripped + 1}'s short window sees about ${formatNumber(rps * rule.shortMinutes * 60)} requests, so a single failure in it exceeds its threshold.`,
    );
  }
  if (parts.length === 0) return null;
  parts.push('Low traffic: add synthetic requests, group small services into one SLO, or alert on longer windows.');
  return parts.join(' ');
}
