import '../shared/fields.css';
import { useMemo } from 'preact/hooks';
import { formatNumber } from '../shared/format';
import { Notices } from '../shared/Notices';
import { NumberField } from '../shared/NumberField';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { AlertRules } from './AlertRules';
import { IncidentPanel } from './IncidentPanel';
import { JourneyBuilder } from './JourneyBuilder';
import { planFromState } from './plan';
import { SLO_PREFIX, sloSpec } from './state';
import { useJourneys } from './useJourneys';

export interface SloPlannerProps {
  /** Element id and URL anchor of the widget. Default: "slo-planner". */
  id?: string;
  /** Visible title. Default: "SLO, error budget and burn-rate alert planner". */
  title?: string;
}

/**
 * Plans an SLO: its error budget, a multi-window burn-rate alert policy, what a simulated incident
 * does to both, and the journey → SLO → SLI model behind it. All state is in the URL.
 */
export function SloPlanner({
  id = 'slo-planner',
  title = 'SLO, error budget and burn-rate alert planner',
}: SloPlannerProps) {
  const { state, setState, notices, link } = useUrlState(sloSpec, SLO_PREFIX, id);
  const plan = useMemo(() => planFromState(state), [state]);
  const journeys = useJourneys();
  const { budget } = plan;
  const latency = state.sli === 'latency';
  const bad = latency ? `slow requests (over ${state.latencyMs} ms)` : 'failed requests';

  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="Set a target and a window to see the error budget, check a burn-rate alert policy, and simulate an incident against both."
      notices={[...notices, ...journeys.notices]}
      link={() => journeys.addToLink(link())}
    >
      <h4>Error budget</h4>
      <div class="cn-fields">
        <NumberField
          id={`${id}-target`}
          label="SLO target"
          unit="%"
          value={state.target}
          min={90}
          max={99.999}
          step={0.01}
          onChange={(target) => setState({ target })}
        />
        <div class="cn-field">
          <label for={`${id}-window`}>SLO window</label>
          <select
            id={`${id}-window`}
            value={state.window}
            onChange={(e) => setState({ window: (e.currentTarget as HTMLSelectElement).value as '7' | '28' | '30' })}
          >
            <option value="7">7 days</option>
            <option value="28">28 days</option>
            <option value="30">30 days</option>
          </select>
        </div>
        <div class="cn-field">
          <label for={`${id}-sli`}>SLI type</label>
          <select
            id={`${id}-sli`}
            value={state.sli}
            onChange={(e) =>
              setState({ sli: (e.currentTarget as HTMLSelectElement).value as 'availability' | 'latency' })
            }
          >
            <option value="availability">Availability (share of successful requests)</option>
            <option value="latency">Latency (share of fast enough requests)</option>
          </select>
        </div>
        <NumberField
          id={`${id}-rps`}
          label="Traffic"
          unit="req/s"
          value={state.rps}
          min={0}
          max={1_000_000}
          onChange={(rps) => setState({ rps })}
        />
        {latency && (
          <NumberField
            id={`${id}-latency`}
            label="Latency threshold"
            unit="ms"
            value={state.latencyMs}
            min={1}
            max={60_000}
            step={1}
            onChange={(latencyMs) => setState({ latencyMs })}
          />
        )}
      </div>
      <dl class="cn-results">
        <div>
          <dt>{latency ? 'Minutes in which every request may be slow' : 'Minutes of full outage allowed'}</dt>
          <dd data-metric="slo-budget-minutes" data-value={String(budget.badMinutes)}>
            {formatNumber(budget.badMinutes, 4)} min
          </dd>
        </div>
        <div>
          <dt>Allowed {bad}</dt>
          <dd data-metric="slo-budget-requests" data-value={String(budget.badRequests)}>
            {formatNumber(budget.badRequests, 4)}
          </dd>
        </div>
        <div>
          <dt>Requests in the window</dt>
          <dd data-metric="slo-total-requests" data-value={String(budget.totalRequests)}>
            {formatNumber(budget.totalRequests, 4)}
          </dd>
        </div>
      </dl>
      <Notices errors={plan.problems} />
      {plan.lowTraffic && (
        <p role="alert" class="cn-notice" data-metric="slo-low-traffic" data-value="1">
          {plan.lowTraffic}
        </p>
      )}
      <AlertRules id={id} state={state} setState={setState} plan={plan} />
      <IncidentPanel id={id} state={state} setState={setState} plan={plan} />
      <JourneyBuilder id={id} journeys={journeys} budget={budget} />
    </WidgetFrame>
  );
}
