import { ColumnHeads } from '../shared/ColumnHeads';
import { formatNumber, formatPercent } from '../shared/format';
import { ScrollRegion } from '../shared/ScrollRegion';
import { SERVICE } from './config';
import type { HourRow } from './model';

export interface HourlyTableProps {
  /** Hourly rows of the simulation. */
  rows: readonly HourRow[];
}

/** Every simulated hour's signals as numbers, folded away under "Hourly numbers". */
export function HourlyTable({ rows }: HourlyTableProps) {
  return (
    <details>
      <summary>Hourly numbers</summary>
      <ScrollRegion class="sfs-scroll" label="Hourly numbers (scrolls sideways)">
        <table>
          <ColumnHeads
            columns={[
              'Hour',
              'Error rate',
              'p99 latency',
              'Holdout precision',
              `Fraud missed (share of all frauds in the last ${SERVICE.outcomeWindowHours} labelled hours)`,
              'Response PSI',
              'Input PSI',
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.hour}>
                <th scope="row">{r.hour}</th>
                <td>{formatPercent(r.errorRate)}</td>
                <td>{formatNumber(r.latencyP99)} ms</td>
                <td>{r.precision === null ? '—' : formatPercent(r.precision)}</td>
                <td>{r.missedFraud === null ? '—' : formatPercent(r.missedFraud)}</td>
                <td>{formatNumber(r.responsePsi ?? Number.NaN)}</td>
                <td>{formatNumber(r.inputPsi ?? Number.NaN)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
