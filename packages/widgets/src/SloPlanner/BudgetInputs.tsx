import { NumberField } from '../shared/NumberField';
import { SelectField } from '../shared/SelectField';
import type { SloState } from './plan';

export interface BudgetInputsProps {
  /** Id prefix of the widget. */
  id: string;
  /** The planner state. */
  state: SloState;
  /** Applies a patch to the planner state. */
  setState: (patch: Partial<SloState>) => void;
}

/** SLO target, window, SLI type, traffic and (for latency SLIs) the latency threshold. */
export function BudgetInputs({ id, state, setState }: BudgetInputsProps) {
  return (
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
      <SelectField
        id={`${id}-window`}
        label="SLO window"
        value={state.window}
        onChange={(v) => setState({ window: v as SloState['window'] })}
      >
        <option value="7">7 days</option>
        <option value="28">28 days</option>
        <option value="30">30 days</option>
      </SelectField>
      <SelectField
        id={`${id}-sli`}
        label="SLI type"
        value={state.sli}
        onChange={(v) => setState({ sli: v as SloState['sli'] })}
      >
        <option value="availability">Availability (share of successful requests)</option>
        <option value="latency">Latency (share of fast enough requests)</option>
      </SelectField>
      <NumberField
        id={`${id}-rps`}
        label="Traffic"
        unit="req/s"
        value={state.rps}
        min={0}
        max={1_000_000}
        onChange={(rps) => setState({ rps })}
      />
      {state.sli === 'latency' && (
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
  );
}
