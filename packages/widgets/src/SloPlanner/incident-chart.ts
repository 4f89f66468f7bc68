/** The chart.js configuration of the incident chart: budget left over the window, alert firings. Pure. */
import type { ChartConfiguration } from 'chart.js';
import { seriesColors } from '../shared/chart/theme';
import type { IncidentResult } from './incident';

/** Theme colours for the axes (read from the page by the view). */
export interface AxisColors {
  /** Grid-line colour. */
  grid: string;
  /** Axis title and tick colour. */
  text: string;
}

/** Hours shown on the x axis when the curve is empty: a 30-day window. */
const DEFAULT_WINDOW_HOURS = 720;

/** The points (hours, budget left in %) where an alert fires; silent alerts have none. */
export function firingPoints(incident: IncidentResult): { x: number; y: number }[] {
  return incident.alerts.flatMap((a) => (a.kind === 'fires' ? [{ x: a.atHours, y: a.budgetLeft * 100 }] : []));
}

/**
 * A line of the budget left (%) over the SLO window plus triangles where alerts fire.
 * @example incidentChartConfig(plan.incident, { grid: '#ccc', text: '#555' }).data.datasets.length // 2
 */
export function incidentChartConfig(incident: IncidentResult, colors: AxisColors): ChartConfiguration<'line'> {
  const { grid, text } = colors;
  const axis = (title: string) => ({
    title: { display: true, text: title, color: text },
    ticks: { color: text },
    grid: { color: grid },
  });
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: 'Budget left (%)',
          data: incident.budgetCurve.map((p) => ({ x: p.hours, y: p.left * 100 })),
          borderColor: seriesColors.reference,
          backgroundColor: seriesColors.reference,
          pointRadius: 0,
        },
        {
          label: 'Alert fires',
          data: firingPoints(incident),
          borderColor: seriesColors.current,
          backgroundColor: seriesColors.current,
          showLine: false,
          pointRadius: 5,
          pointStyle: 'triangle',
        },
      ],
    },
    options: {
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: incident.budgetCurve.at(-1)?.hours ?? DEFAULT_WINDOW_HOURS,
          ...axis('Hours into the SLO window'),
        },
        y: axis('Budget left (%)'),
      },
      plugins: { legend: { labels: { color: text } } },
    },
  };
}
