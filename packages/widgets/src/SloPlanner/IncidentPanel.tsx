import {
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useMemo } from 'preact/hooks';
import { ChartCanvas } from '../shared/chart/ChartCanvas';
import { cssVar, seriesColors } from '../shared/chart/theme';
import { formatDuration, formatNumber, formatPercent } from '../shared/format';
import { NumberField } from '../shared/NumberField';
import { TableWrap } from '../shared/TableWrap';
import type { AlertOutcome } from './incident';
import type { SloPlan, SloState } from './plan';

export interface IncidentPanelProps {
  /** Id prefix of the widget. */
  id: string;
  /** The planner state (incident inputs). */
  state: SloState;
  /** Applies a patch to the planner state. */
  setState: (patch: Partial<SloState>) => void;
  /** The computed plan. */
  plan: SloPlan;
}

const components = [LineController, LineElement, PointElement, LinearScale, Legend, Tooltip] as const;

function outcomeText(o: AlertOutcome): string {
  if (o.kind === 'fires') return `fires ${formatDuration(o.afterMinutes * 60)} after the start`;
  if (o.kind === 'baseline') return 'fires even without the incident (baseline too high)';
  return 'does not fire';
}

/** Simulates an incident: which alerts fire, when, and how much budget is left (chart + table). */
export function IncidentPanel({ id, state, setState, plan }: IncidentPanelProps) {
  const { incident } = plan;
  const config = useMemo((): ChartConfiguration<'line'> => {
    const grid = cssVar('--sl-color-gray-5', '#ccc');
    const text = cssVar('--sl-color-gray-2', '#555');
    const fired = incident.alerts.flatMap((a) => (a.kind === 'fires' ? [{ x: a.atHours, y: a.budgetLeft * 100 }] : []));
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
            data: fired,
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
            max: incident.budgetCurve.at(-1)?.hours ?? 720,
            title: { display: true, text: 'Hours into the SLO window', color: text },
            ticks: { color: text },
            grid: { color: grid },
          },
          y: {
            title: { display: true, text: 'Budget left (%)', color: text },
            ticks: { color: text },
            grid: { color: grid },
          },
        },
        plugins: { legend: { labels: { color: text } } },
      },
    };
  }, [incident]);

  return (
    <>
      <h4>Simulate an incident</h4>
      <div class="cn-fields">
        <NumberField
          id={`${id}-err`}
          label="Error rate during the incident"
          unit="%"
          value={state.err}
          min={0}
          max={100}
          step={0.1}
          onChange={(err) => setState({ err })}
        />
        <NumberField
          id={`${id}-dur`}
          label="Duration"
          unit="min"
          value={state.dur}
          min={0}
          max={43_200}
          step={1}
          onChange={(dur) => setState({ dur })}
        />
        <NumberField
          id={`${id}-start`}
          label="Starts at"
          unit="h into the window"
          value={state.start}
          min={0}
          max={720}
          step={1}
          onChange={(start) => setState({ start })}
        />
        <NumberField
          id={`${id}-base`}
          label="Baseline error rate"
          unit="%"
          value={state.base}
          min={0}
          max={100}
          step={0.01}
          onChange={(base) => setState({ base })}
        />
      </div>
      <dl class="cn-results">
        <div>
          <dt>First alert</dt>
          <dd
            data-metric="slo-detection"
            data-value={incident.detectionMinutes === null ? '' : String(incident.detectionMinutes * 60)}
          >
            {incident.detectionMinutes === null
              ? 'none fires'
              : `after ${formatDuration(incident.detectionMinutes * 60)}`}
          </dd>
        </div>
        <div>
          <dt>Budget left at the end of the window</dt>
          <dd
            data-metric="slo-budget-left"
            data-value={String(incident.budgetLeft)}
            class={incident.budgetLeft < 0 ? 'cn-bad' : ''}
          >
            {formatPercent(incident.budgetLeft, 1)}
            {incident.budgetLeft < 0 ? ' (overspent)' : ''}
          </dd>
        </div>
        <div>
          <dt>Budget used (baseline + incident)</dt>
          <dd data-metric="slo-budget-used" data-value={String(incident.budgetUsed)}>
            {formatPercent(incident.budgetUsed, 1)} = {formatNumber(incident.budgetUsed * plan.budget.badMinutes, 3)} of{' '}
            {formatNumber(plan.budget.badMinutes, 3)} budget-minutes
          </dd>
        </div>
      </dl>
      <ChartCanvas
        config={config}
        components={components}
        label="Error budget left over the SLO window, with the times the alerts fire. The same numbers are in the table below."
        height="14rem"
      />
      <TableWrap label="Incident alerts table">
        <table>
          <caption class="sr-only">Alerts during the simulated incident</caption>
          <thead>
            <tr>
              <th scope="col">Alert</th>
              <th scope="col">Outcome</th>
              <th scope="col">Budget spent by the incident when it fires</th>
              <th scope="col">Keeps firing after the incident ends (reset time)</th>
            </tr>
          </thead>
          <tbody>
            {incident.alerts.map((o, i) => (
              <tr key={String(i)}>
                <th scope="row">Alert {i + 1}</th>
                <td
                  data-metric={`slo-incident-alert-${i + 1}`}
                  data-value={o.kind === 'fires' ? String(o.afterMinutes * 60) : o.kind}
                >
                  {outcomeText(o)}
                </td>
                <td>{o.kind === 'fires' ? formatPercent(o.budgetSpent, 2) : '—'}</td>
                <td
                  data-metric={`slo-incident-reset-${i + 1}`}
                  data-value={o.kind === 'fires' ? String(o.resetMinutes * 60) : ''}
                >
                  {o.kind === 'fires' ? formatDuration(o.resetMinutes * 60) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
