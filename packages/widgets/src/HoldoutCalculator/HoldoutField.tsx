import { displayScale, displayStep, displayValue, isPercentKey } from './input';
import { type HoldoutNumberKey, holdoutSpec } from './state';

export interface HoldoutFieldProps {
  /** Id prefix of the widget. */
  id: string;
  /** The state key this field edits. */
  name: HoldoutNumberKey;
  /** Its current value, in state units (fractions for shares). */
  value: number;
  /** Called with the raw text on change (the parent reads, clamps and reports it). */
  onChange: (name: HoldoutNumberKey, raw: string) => void;
}

/** One labelled number input; shares are shown and typed in percent. */
export function HoldoutField({ id, name, value, onChange }: HoldoutFieldProps) {
  const p = holdoutSpec[name];
  const scale = displayScale(name);
  return (
    <div class="ho-field">
      <label for={`${id}-${name}`}>
        {p.label}
        {isPercentKey(name) ? ' (%)' : ''}
      </label>
      <input
        id={`${id}-${name}`}
        type="number"
        min={p.min * scale}
        max={p.max * scale}
        step={displayStep(name)}
        value={displayValue(name, value)}
        onChange={(e) => onChange(name, e.currentTarget.value)}
      />
    </div>
  );
}
