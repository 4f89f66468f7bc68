import { useMemo } from 'preact/hooks';
import { MetricReadout } from '../shared/MetricReadout';
import { Notices } from '../shared/Notices';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { AlertRules } from './AlertRules';
import { BudgetInputs } from './BudgetInputs';
import { BudgetResults } from './BudgetResults';
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

  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="Set a target and a window to see the error budget, check a burn-rate alert policy, and simulate an incident against both."
      notices={[...notices, ...journeys.notices]}
      link={() => journeys.addToLink(link())}
    >
      <h4>Error budget</h4>
      <BudgetInputs id={id} state={state} setState={setState} />
      <BudgetResults state={state} budget={budget} />
      <Notices errors={plan.problems} />
      {plan.lowTraffic && (
        <MetricReadout as="p" role="alert" class="cn-notice" name="slo-low-traffic" value={1}>
          {plan.lowTraffic}
        </MetricReadout>
      )}
      <AlertRules id={id} state={state} setState={setState} plan={plan} />
      <IncidentPanel id={id} state={state} setState={setState} plan={plan} />
      <JourneyBuilder id={id} journeys={journeys} budget={budget} />
    </WidgetFrame>
  );
}
