export interface RangeFieldProps {
  /** Id of the range input (unique on the page). */
  inputId: string;
  /** Visible label. */
  label: string;
  /** Current value. */
  value: number;
  min: number;
  max: number;
  /** Slider step. Default: 1. */
  step?: number;
  /** Text shown for the value (also the slider's aria-valuetext), e.g. "100 ms". */
  display: string;
  /** Called with the new value. */
  onChange: (value: number) => void;
}

/** A labelled slider with its value shown as text next to it (arrow keys, Page Up/Down, Home/End). */
export function RangeField({ inputId, label, value, min, max, step = 1, display, onChange }: RangeFieldProps) {
  return (
    <div class="cn-range">
      <label for={inputId}>
        {label}: <output for={inputId}>{display}</output>
      </label>
      <input
        id={inputId}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={display}
        onInput={(e) => onChange(Number(e.currentTarget.value))}
      />
    </div>
  );
}
