import { formatPercent } from '../shared/format';
import { MetricTerm } from '../shared/MetricReadout';
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
      <MetricTerm grouped label="First alert" name="slo-detection" value={detection.value}>
        {detection.text}
      </MetricTerm>
      <MetricTerm
        grouped
        label="Budget left at the end of the window"
        name="slo-budget-left"
        value={incident.budgetLeft}
        class={overspent ? 'cn-bad' : ''}
      >
        {formatPercent(incident.budgetLeft, 1)}
        {overspent ? ' (overspent)' : ''}
      </MetricTerm>
      <MetricTerm grouped label="Budget used (baseline + incident)" name="slo-budget-used" value={incident.budgetUsed}>
        {budgetUsedText(incident, plan.budget)}
      </MetricTerm>
    </dl>
  );
}
