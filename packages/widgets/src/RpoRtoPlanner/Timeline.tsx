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
import { MetricReadout } from '../shared/MetricReadout';
import { ScrollRegion } from '../shared/ScrollRegion';
import { minutesText, type RecoveryResult } from './model';

export interface TimelineProps {
  /** The computed recovery plan. */
  plan: RecoveryResult;
  /** RPO target, minutes. */
  rpoTarget: number;
  /** RTO target, minutes. */
  rtoTarget: number;
}

const components = [BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip] as const;
const PHASE_COLORS = [seriesColors.current, seriesColors.fourth, seriesColors.reference, seriesColors.third];
type Span = [number, number] | null;

/** The disaster at hour 0: data lost before it, recovery phases after it, targets below (chart + table). */
export function Timeline({ plan, rpoTarget, rtoTarget }: TimelineProps) {
  const config = useMemo((): ChartConfiguration<'bar', Span[]> => {
    const grid = cssVar('--sl-color-gray-5', '#ccc');
    const text = cssVar('--sl-color-gray-2', '#555');
    const h = (m: number) => m / 60;
    return {
      type: 'bar',
      data: {
        labels: ['Achieved', 'Target'],
        datasets: [
          {
            label: 'Data lost',
            data: [[Number.isFinite(plan.rpoMinutes) ? -h(plan.rpoMinutes) : 0, 0], null],
            backgroundColor: '#b91c1c',
            grouped: false,
          },
          ...plan.phases.map((p, i) => ({
            label: p.label,
            data: [[h(p.startMinutes), h(p.endMinutes)], null] as Span[],
            backgroundColor: PHASE_COLORS[i % PHASE_COLORS.length] as string,
            grouped: false,
          })),
          {
            label: 'Targets (RPO before 0, RTO after)',
            data: [null, [-h(rpoTarget), h(rtoTarget)]],
            backgroundColor: '#6b7280',
            grouped: false,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: {
            type: 'linear',
            title: { display: true, text: 'Hours from the disaster', color: text },
            ticks: { color: text },
            grid: { color: grid },
          },
          y: { ticks: { color: text }, grid: { color: grid } },
        },
        plugins: { legend: { labels: { color: text } } },
      },
    };
  }, [plan, rpoTarget, rtoTarget]);

  return (
    <>
      <ChartCanvas
        config={config}
        components={components}
        label="Timeline around the disaster: data lost before it, recovery phases after it, and the targets. The same numbers are in the table below."
        height="12rem"
      />
      <ScrollRegion label="Timeline table">
        <table>
          <caption class="sr-only">Timeline around the disaster</caption>
          <ColumnHeads columns={['Phase', 'From', 'To', 'Takes']} />
          <tbody>
            <tr>
              <th scope="row">Data lost (written since the last usable copy)</th>
              <td>−{minutesText(plan.rpoMinutes)}</td>
              <td>0 (disaster)</td>
              <td>{minutesText(plan.rpoMinutes)}</td>
            </tr>
            {plan.phases.map((p, i) => (
              <tr key={p.label}>
                <th scope="row">{p.label}</th>
                <td>{minutesText(p.startMinutes)}</td>
                <td>{minutesText(p.endMinutes)}</td>
                <MetricReadout as="td" name={`rr-phase-${i + 1}`} value={p.endMinutes - p.startMinutes}>
                  {minutesText(p.endMinutes - p.startMinutes)}
                </MetricReadout>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
