import { ColumnHeads } from '../shared/ColumnHeads';
import { formatNumber } from '../shared/format';
import { MetricReadout } from '../shared/MetricReadout';
import type { HolResult, Percentiles } from './simulate';

export interface HolTablesProps {
  /** The simulation summary to show. */
  result: HolResult;
}

const rows: ReadonlyArray<[keyof Percentiles, string]> = [
  ['p50', 'Median'],
  ['p95', '95th pct.'],
  ['p99', '99th pct.'],
  ['mean', 'Mean'],
];

/** Percentiles of per-stream completion time for both protocols, with their difference. */
export function HolTables({ result }: HolTablesProps) {
  return (
    <table class="cn-hol-table">
      <caption>Per-stream completion time, ms after the first packet</caption>
      <ColumnHeads columns={['Statistic', 'HTTP/2 (TCP)', 'HTTP/3 (QUIC)', 'TCP − QUIC']} />
      <tbody>
        {rows.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <MetricReadout as="td" name={`hol-tcp-${key}`} value={result.tcp[key]}>
              {formatNumber(result.tcp[key], 4)}
            </MetricReadout>
            <MetricReadout as="td" name={`hol-quic-${key}`} value={result.quic[key]}>
              {formatNumber(result.quic[key], 4)}
            </MetricReadout>
            <td>{formatNumber(result.tcp[key] - result.quic[key], 3)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
