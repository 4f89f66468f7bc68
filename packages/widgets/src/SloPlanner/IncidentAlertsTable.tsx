import { ColumnHeads } from '../shared/ColumnHeads';
import { MetricReadout } from '../shared/MetricReadout';
import { ScrollRegion } from '../shared/ScrollRegion';
import type { AlertOutcome } from './incident';
import { alertRowReadout } from './incident-readout';

export interface IncidentAlertsTableProps {
  /** Outcome per alert rule, in rule order. */
  alerts: readonly AlertOutcome[];
}

/** One alert's row: outcome, budget spent when it fires, reset time. */
function IncidentAlertRow({ outcome, n }: { outcome: AlertOutcome; n: number }) {
  const row = alertRowReadout(outcome);
  return (
    <tr>
      <th scope="row">Alert {n}</th>
      <MetricReadout as="td" name={`slo-incident-alert-${n}`} value={row.outcome.value}>
        {row.outcome.text}
      </MetricReadout>
      <td>{row.spent}</td>
      <MetricReadout as="td" name={`slo-incident-reset-${n}`} value={row.reset.value}>
        {row.reset.text}
      </MetricReadout>
    </tr>
  );
}

/** The incident's alerts as a table: the chart's firing points as text. */
export function IncidentAlertsTable({ alerts }: IncidentAlertsTableProps) {
  return (
    <ScrollRegion label="Incident alerts table">
      <table>
        <caption class="sr-only">Alerts during the simulated incident</caption>
        <ColumnHeads
          columns={[
            'Alert',
            'Outcome',
            'Budget spent by the incident when it fires',
            'Keeps firing after the incident ends (reset time)',
          ]}
        />
        <tbody>
          {alerts.map((o, i) => (
            <IncidentAlertRow key={String(i)} outcome={o} n={i + 1} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
