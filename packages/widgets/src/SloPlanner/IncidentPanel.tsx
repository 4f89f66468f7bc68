import { IncidentAlertsTable } from './IncidentAlertsTable';
import { IncidentChart } from './IncidentChart';
import { IncidentInputs } from './IncidentInputs';
import { IncidentResults } from './IncidentResults';
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

/** Simulates an incident: which alerts fire, when, and how much budget is left (chart + table). */
export function IncidentPanel({ id, state, setState, plan }: IncidentPanelProps) {
  return (
    <>
      <h4>Simulate an incident</h4>
      <IncidentInputs id={id} state={state} setState={setState} />
      <IncidentResults plan={plan} />
      <IncidentChart incident={plan.incident} />
      <IncidentAlertsTable alerts={plan.incident.alerts} />
    </>
  );
}
