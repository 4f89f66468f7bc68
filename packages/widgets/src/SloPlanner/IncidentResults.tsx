import { formatPercent } from '../shared/format';
import { budgetUsedText, detectionReadout } from './incident-readout';
import type { SloPlan } from './plan';

export interface IncidentResultsProps {
  /** The computed plan (its incident and budget). */
  plan: SloPlan;
}

/** First alert, budget left at the end of the window, and budget used, as text. */
export function IncidentResults({ plan }: IncidentResultsProps) {
  const { incident } = plan;
  const detection = detectionReadout(incident.detectionMinutes);
  const overspent = incident.budgetLeft < 0;
  return (
    <dl class="cn-results">
      <div>
        <dt>First alert</dt>
        <dd data-metric="slo-detection" data-value={detection.value}>
          {detection.text}
        </dd>
      </div>
      <div>
        <dt>Budget left at the end of the window</dt>
        <dd data-metric="slo-budget-left" data-value={String(incident.budgetLeft)} class={overspent ? 'cn-bad' : ''}>
          {formatPercent(incident.budgetLeft, 1)}
          {overspent ? ' (overspent)' : ''}
        </dd>
      </div>
      <div>
        <dt>Budget used (baseline + incident)</dt>
        <dd data-metric="slo-budget-used" data-value={String(incident.budgetUsed)}>
          {budgetUsedText(incident, plan.budget)}
        </dd>
      </div>
    </dl>
  );
}
