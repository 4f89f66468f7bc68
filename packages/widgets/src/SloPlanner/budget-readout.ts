/** The error-budget readout's labels, which depend on the SLI type. Pure. */
import type { SloState } from './plan';

/** Labels of the budget results. */
export interface BudgetLabels {
  /** Term for the budget in minutes. */
  minutes: string;
  /** Term for the budget in requests: "Allowed failed requests", "Allowed slow requests (over 300 ms)". */
  requests: string;
}

/** The budget's labels for an availability or a latency SLI. */
export function budgetLabels(state: Pick<SloState, 'sli' | 'latencyMs'>): BudgetLabels {
  if (state.sli === 'latency') {
    return {
      minutes: 'Minutes in which every request may be slow',
      requests: `Allowed slow requests (over ${state.latencyMs} ms)`,
    };
  }
  return { minutes: 'Minutes of full outage allowed', requests: 'Allowed failed requests' };
}
