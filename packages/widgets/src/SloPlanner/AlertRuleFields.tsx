import { NumberField } from '../shared/NumberField';
import type { AlertRule } from './model';
import type { SloState } from './plan';

/** The state keys of one alert: long window, short window, burn rate. */
export type AlertKeys =
  | readonly ['a1l', 'a1s', 'a1b']
  | readonly ['a2l', 'a2s', 'a2b']
  | readonly ['a3l', 'a3s', 'a3b'];

export interface AlertRuleFieldsProps {
  /** Id prefix of the widget. */
  id: string;
  /** Alert number, 1-based. */
  n: number;
  /** Its state keys. */
  keys: AlertKeys;
  /** The planner state. */
  state: SloState;
  /** Applies a patch to the planner state. */
  setState: (patch: Partial<SloState>) => void;
  /** The rule in effect (its burn rate may be the Workbook's, scaled). */
  rule: AlertRule | undefined;
}

/** One alert's long window, short window and burn rate. */
export function AlertRuleFields({ id, n, keys, state, setState, rule }: AlertRuleFieldsProps) {
  const [l, s, b] = keys;
  const minutes = (key: typeof l | typeof s, label: string) => (
    <NumberField
      id={`${id}-${key}`}
      label={label}
      unit="min"
      value={state[key]}
      min={1}
      max={43_200}
      step={1}
      onChange={(v) => setState({ [key]: v })}
    />
  );
  return (
    <fieldset class="cn-fieldset">
      <legend>
        Alert {n} ({rule?.severity})
      </legend>
      {minutes(l, 'Long window')}
      {minutes(s, 'Short window')}
      <NumberField
        id={`${id}-${b}`}
        label="Burn rate"
        unit="×"
        value={rule?.burnRate ?? state[b]}
        min={0.1}
        max={1000}
        step={0.1}
        onChange={(v) => setState({ [b]: v })}
      />
    </fieldset>
  );
}
