import { ColumnHeads } from '../shared/ColumnHeads';
import { formatPercent } from '../shared/format';
import { MetricReadout } from '../shared/MetricReadout';
import { ScrollRegion } from '../shared/ScrollRegion';
import type { FalseAlarmResult } from './false-alarms';

export interface FalseAlarmTableProps {
  /** Alert counts per rule over the simulated no-drift windows. */
  result: FalseAlarmResult;
  /** True while a newer simulation runs (the table is marked busy). */
  busy: boolean;
}

/** The share of no-drift windows in which each rule alerted, under both threshold modes. */
export function FalseAlarmTable({ result, busy }: FalseAlarmTableProps) {
  const share = (alerts: number) => alerts / result.windows;
  return (
    <ScrollRegion class="dl-scroll" label="False-alarm rates (scrolls sideways)">
      <table aria-busy={busy}>
        <caption>Share of no-drift windows in which each rule alerted</caption>
        <ColumnHeads columns={['Rule', 'Fixed thresholds', 'Sample-size-aware']} />
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <MetricReadout as="td" name={`fa-${row.id}-fixed`} value={share(row.fixedAlerts)}>
                {formatPercent(share(row.fixedAlerts))}
              </MetricReadout>
              <MetricReadout as="td" name={`fa-${row.id}-aware`} value={share(row.awareAlerts)}>
                {formatPercent(share(row.awareAlerts))}
              </MetricReadout>
            </tr>
          ))}
          <tr>
            <th scope="row">Any rule</th>
            <td>{formatPercent(share(result.anyFixed))}</td>
            <td>{formatPercent(share(result.anyAware))}</td>
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}
