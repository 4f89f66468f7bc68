import { formatNumber } from '../shared/format';
import { MetricTerm } from '../shared/MetricReadout';
import { budgetLabels } from './budget-readout';
import type { ErrorBudget } from './model';
import type { SloState } from './plan';

export interface BudgetResultsProps {
  /** The planner state (SLI type and latency threshold name the results). */
  state: SloState;
  /** The error budget. */
  budget: ErrorBudget;
}

/** The error budget in minutes, in requests, and the requests in the window. */
export function BudgetResults({ state, budget }: BudgetResultsProps) {
  const labels = budgetLabels(state);
  return (
    <dl class="cn-results">
      <MetricTerm grouped label={labels.minutes} name="slo-budget-minutes" value={budget.badMinutes}>
        {formatNumber(budget.badMinutes, 4)} min
      </MetricTerm>
      <MetricTerm grouped label={labels.requests} name="slo-budget-requests" value={budget.badRequests}>
        {formatNumber(budget.badRequests, 4)}
      </MetricTerm>
      <MetricTerm grouped label="Requests in the window" name="slo-total-requests" value={budget.totalRequests}>
        {formatNumber(budget.totalRequests, 4)}
      </MetricTerm>
    </dl>
  );
}
