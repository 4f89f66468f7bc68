import { ColumnHeads } from '../shared/ColumnHeads';
import { MetricReadout } from '../shared/MetricReadout';
import { ScrollRegion } from '../shared/ScrollRegion';
import { alertSummaryReadout, windowsText } from './alert-readout';
import type { AlertRule, AlertSummary } from './model';

export interface AlertPolicyTableProps {
  /** The rules in effect, in order. */
  rules: readonly AlertRule[];
  /** What each rule means for this SLO, same order. */
  summaries: readonly AlertSummary[];
}

/** One alert's row: windows, threshold, budget spent, detection and reset on a total outage. */
function AlertPolicyRow({ rule, summary, n }: { rule: AlertRule; summary: AlertSummary; n: number }) {
  const row = alertSummaryReadout(summary);
  const cell = (key: keyof typeof row) => (
    <MetricReadout as="td" name={`slo-alert-${n}-${key}`} value={row[key].value}>
      {row[key].text}
    </MetricReadout>
  );
  return (
    <tr>
      <th scope="row">
        {n} · {rule.burnRate}× · {rule.severity}
      </th>
      <td>{windowsText(rule)}</td>
      {cell('threshold')}
      {cell('spent')}
      {cell('detect')}
      {cell('reset')}
    </tr>
  );
}

/** What each alert means for this SLO, as a table. */
export function AlertPolicyTable({ rules, summaries }: AlertPolicyTableProps) {
  return (
    <ScrollRegion label="Alert policy table">
      <table>
        <caption class="sr-only">What each alert means for this SLO</caption>
        <ColumnHeads
          columns={[
            'Alert',
            'Windows',
            'Fires at error rate',
            'Budget spent when it fires',
            'Fires after (total outage)',
            'Reset time (after a total outage ends)',
          ]}
        />
        <tbody>
          {summaries.map((x, i) => {
            const rule = rules[i];
            return rule ? <AlertPolicyRow key={String(i)} rule={rule} summary={x} n={i + 1} /> : null;
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
