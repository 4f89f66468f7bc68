import { formatPercent } from '../shared/format';
import { SelectField } from '../shared/SelectField';
import { type HoldoutState, holdoutSpec } from './state';

export interface PowerSelectProps {
  /** Id prefix of the widget. */
  id: string;
  /** The chosen power, as its URL value ("0.8"). */
  power: HoldoutState['power'];
  /** Called with the power picked. */
  onChange: (power: HoldoutState['power']) => void;
}

/** The chance of detecting the drop, picked from the values the URL spec allows. */
export function PowerSelect({ id, power, onChange }: PowerSelectProps) {
  return (
    <SelectField
      id={`${id}-power`}
      label={holdoutSpec.power.label}
      value={power}
      onChange={(v) => onChange(v as HoldoutState['power'])}
    >
      {holdoutSpec.power.values.map((v) => (
        <option key={v} value={v}>
          {formatPercent(Number(v), 0)}
          {v === '0.5' ? ' (a coin flip)' : ''}
        </option>
      ))}
    </SelectField>
  );
}
