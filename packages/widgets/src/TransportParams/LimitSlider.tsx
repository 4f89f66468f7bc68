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

/** A 0–5 slider for one initial_max_streams_uni value, with its number shown as text. */
export function LimitSlider({ inputId, label, hint, value, onChange }: LimitSliderProps) {
  return (
    <div class="cn-tp-slider">
      <label for={inputId}>{label}</label>
      <input
        id={inputId}
        type="range"
        min={0}
        max={5}
        step={1}
        value={value}
        aria-valuetext={`${value}: ${hint}`}
        onInput={(e) => onChange(Number(e.currentTarget.value))}
      />
      <output for={inputId} data-metric={`${inputId}-value`} data-value={String(value)}>
        {value} {hint}
      </output>
    </div>
  );
}
