/** The incident's results as the text and `data-value` the panel shows. Pure. */
import { formatDuration, formatNumber, formatPercent } from '../shared/format';
import type { MetricValue } from '../shared/metric-attributes';
import type { AlertOutcome, IncidentResult } from './incident';
import type { ErrorBudget } from './model';

/** What a cell shows and the raw value tests read from its `data-value`. */
export interface Readout {
  /** Visible text. */
  text: string;
  /** Machine-readable value for `data-value`: seconds or an outcome kind; null when there is none. */
  value: MetricValue;
}

/** One row of the incident alerts table. */
export interface AlertRowReadout {
  /** When (or whether) the alert fires; value: seconds after the start, or `baseline` / `silent`. */
  outcome: Readout;
  /** Budget the incident had spent when the alert fired; an em dash when it does not fire. */
  spent: string;
  /** How long it keeps firing after the incident ends; value: seconds, null when it does not fire. */
  reset: Readout;
}

/** A sentence for the alert's outcome: "fires 17.1 min after the start", "does not fire". */
export function outcomeText(o: AlertOutcome): string {
  if (o.kind === 'fires') return `fires ${formatDuration(o.afterMinutes * 60)} after the start`;
  if (o.kind === 'baseline') return 'fires even without the incident (baseline too high)';
  return 'does not fire';
}

/** The table row of one alert's outcome. */
export function alertRowReadout(o: AlertOutcome): AlertRowReadout {
  const fires = o.kind === 'fires';
  return {
    outcome: { text: outcomeText(o), value: fires ? o.afterMinutes * 60 : o.kind },
    spent: fires ? formatPercent(o.budgetSpent, 2) : '—',
    reset: {
      text: fires ? formatDuration(o.resetMinutes * 60) : '—',
      value: fires ? o.resetMinutes * 60 : null,
    },
  };
}

/** The first alert: "after 17.1 min" (value in seconds), or "none fires" (value null). */
export function detectionReadout(detectionMinutes: number | null): Readout {
  if (detectionMinutes === null) return { text: 'none fires', value: null };
  return { text: `after ${formatDuration(detectionMinutes * 60)}`, value: detectionMinutes * 60 };
}

/** The budget used, as a share and in budget-minutes: "26.9% = 11.6 of 43.2 budget-minutes". */
export function budgetUsedText(incident: IncidentResult, budget: ErrorBudget): string {
  const used = formatNumber(incident.budgetUsed * budget.badMinutes, 3);
  return `${formatPercent(incident.budgetUsed, 1)} = ${used} of ${formatNumber(budget.badMinutes, 3)} budget-minutes`;
}
