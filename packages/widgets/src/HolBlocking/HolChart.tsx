import {
  BarController,
  BarElement,
  CategoryScale,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useMemo } from 'preact/hooks';
import { ColumnHeads } from '../shared/ColumnHeads';
import { ChartCanvas } from '../shared/chart/ChartCanvas';
import { cssVar, seriesColors } from '../shared/chart/theme';
import { formatNumber } from '../shared/format';
import type { HolResult } from './simulate';

export interface HolChartProps {
  /** The simulation summary whose histograms are drawn. */
  result: HolResult;
}

const components = [BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip] as const;

function binLabels(edges: readonly number[]): string[] {
  return edges.slice(0, -1).map((lo, i) => `${formatNumber(lo, 4)}–${formatNumber(edges[i + 1] ?? lo, 4)}`);
}

/** Histogram of per-stream completion times (chart), and the same counts as a table. */
export function HolChart({ result }: HolChartProps) {
  const labels = binLabels(result.edges);
  const config = useMemo<ChartConfiguration<'bar'>>(() => {
    const text = cssVar('--sl-color-gray-2', '#666');
    const grid = cssVar('--sl-color-gray-5', '#ddd');
    return {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { label: 'HTTP/2 over TCP', data: result.tcpCounts, backgroundColor: seriesColors.current },
          { label: 'HTTP/3 over QUIC', data: result.quicCounts, backgroundColor: seriesColors.reference },
        ],
      },
      options: {
        plugins: { legend: { labels: { color: text } } },
        scales: {
          x: {
            title: { display: true, text: 'completion time (ms)', color: text },
            ticks: { color: text },
            grid: { color: grid },
          },
          y: { title: { display: true, text: 'streams', color: text }, ticks: { color: text }, grid: { color: grid } },
        },
      },
    };
  }, [result]);
  return (
    <>
      <ChartCanvas
        config={config}
        components={components}
        label="Histogram of per-stream completion times, HTTP/2 over TCP and HTTP/3 over QUIC; the counts are in the table below."
      />
      <details class="cn-hol-bins">
        <summary>Histogram counts as a table</summary>
        <table>
          <caption>Streams per completion-time bin</caption>
          <ColumnHeads columns={['Completion time (ms)', 'TCP', 'QUIC']} />
          <tbody>
            {labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{result.tcpCounts[i] ?? 0}</td>
                <td>{result.quicCounts[i] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
