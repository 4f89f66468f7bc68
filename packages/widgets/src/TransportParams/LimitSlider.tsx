import { RangeSlider } from '../shared/RangeSlider';

export interface LimitSliderProps {
  /** Id of the range input (unique on the page). */
  inputId: string;
  /** Visible label (the parameter's name). */
  label: string;
  /** What the number means, shown after the value. */
  hint: string;
  /** Current value, 0–5. */
  value: number;
  /** Called with the new integer value. */
  onChange: (value: number) => void;
}

/** A 0–5 slider for one initial_max_streams_uni value, with its number and meaning shown as text. */
export function LimitSlider({ inputId, label, hint, value, onChange }: LimitSliderProps) {
  return (
    <RangeSlider
      id={inputId}
      label={label}
      value={value}
      min={0}
      max={5}
      valueText={`${value}: ${hint}`}
      outputText={`${value} ${hint}`}
      outputPlacement="after"
      metric={`${inputId}-value`}
      class="cn-tp-slider"
      onChange={onChange}
    />
  );
}
