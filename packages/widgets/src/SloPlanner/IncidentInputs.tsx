import { NumberField } from '../shared/NumberField';
import type { SloState } from './plan';

export interface IncidentInputsProps {
  /** Id prefix of the widget. */
  id: string;
  /** The planner state (incident inputs). */
  state: SloState;
  /** Applies a patch to the planner state. */
  setState: (patch: Partial<SloState>) => void;
}

type IncidentKey = 'err' | 'dur' | 'start' | 'base';

/** The incident's fields: state key, label, unit and bounds (as in the URL spec). */
const FIELDS: readonly { key: IncidentKey; label: string; unit: string; max: number; step: number }[] = [
  { key: 'err', label: 'Error rate during the incident', unit: '%', max: 100, step: 0.1 },
  { key: 'dur', label: 'Duration', unit: 'min', max: 43_200, step: 1 },
  { key: 'start', label: 'Starts at', unit: 'h into the window', max: 720, step: 1 },
  { key: 'base', label: 'Baseline error rate', unit: '%', max: 100, step: 0.01 },
];

/** The simulated incident's error rate, duration, start and baseline. */
export function IncidentInputs({ id, state, setState }: IncidentInputsProps) {
  return (
    <div class="cn-fields">
      {FIELDS.map((f) => (
        <NumberField
          key={f.key}
          id={`${id}-${f.key}`}
          label={f.label}
          unit={f.unit}
          value={state[f.key]}
          min={0}
          max={f.max}
          step={f.step}
          onChange={(v) => setState({ [f.key]: v })}
        />
      ))}
    </div>
  );
}
