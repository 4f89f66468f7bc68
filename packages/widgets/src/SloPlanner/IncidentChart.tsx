import { Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { ChartCanvas } from '../shared/chart/ChartCanvas';
import { cssVar } from '../shared/chart/theme';
import type { IncidentResult } from './incident';
import { incidentChartConfig } from './incident-chart';

export interface IncidentChartProps {
  /** The simulated incident. */
  incident: IncidentResult;
}

const components = [LineController, LineElement, PointElement, LinearScale, Legend, Tooltip] as const;

/** Budget left over the SLO window with the alert firings; its numbers are in the table beside it. */
export function IncidentChart({ incident }: IncidentChartProps) {
  const config = useMemo(
    () =>
      incidentChartConfig(incident, {
        grid: cssVar('--sl-color-gray-5', '#ccc'),
        text: cssVar('--sl-color-gray-2', '#555'),
      }),
    [incident],
  );
  return (
    <ChartCanvas
      config={config}
      components={components}
      label="Error budget left over the SLO window, with the times the alerts fire. The same numbers are in the table below."
      height="14rem"
    />
  );
}
