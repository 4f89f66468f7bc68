import type { BoundedControlProps } from './bounded-control';
import { metricAttributes } from './metric-attributes';

export interface RangeSliderProps extends BoundedControlProps {
  /** Slider step. Default: 1. */
  step?: number;
  /** The value as words, e.g. "100 ms": the slider's `aria-valuetext` and, by default, the shown text. */
  valueText: string;
  /** Text shown in the `<output>` when it differs from `valueText`. Default: `valueText`. */
  outputText?: string;
  /**
   * Where the value is shown: `"label"` puts it in the label ("Round-trip time: 100 ms", so it is
   * part of the slider's name); `"after"` shows it under the slider. Default: `"label"`.
   */
  outputPlacement?: 'label' | 'after';
  /** `data-metric` name for the `<output>` (its `data-value` is `value`). Default: none. */
  metric?: string;
  /** Extra class on the wrapper, beside `cn-range`. Default: none. */
  class?: string;
  /** Called with the new value on every input (arrow keys, Page Up/Down, Home/End, drag). */
  onChange: (value: number) => void;
}

/**
 * A labelled slider with its value shown as text, so the number can be read without the thumb's
 * position and is announced in words (`aria-valuetext`).
 *
 * @example
 * <RangeSlider id="hr-rtt" label="Round-trip time" value={100} min={1} max={600}
 *   valueText="100 ms" onChange={(rtt) => setState({ rtt })} />
 */
export function RangeSlider({
  id,
  label,
  value,
  min,
  max,
  step = 1,
  valueText,
  outputText = valueText,
  outputPlacement = 'label',
  metric,
  class: extraClass,
  onChange,
}: RangeSliderProps) {
  const output = (
    <output for={id} {...(metric === undefined ? {} : metricAttributes(metric, value))}>
      {outputText}
    </output>
  );
  return (
    <div class={extraClass ? `cn-range ${extraClass}` : 'cn-range'}>
      {outputPlacement === 'label' ? (
        <label for={id}>
          {label}: {output}
        </label>
      ) : (
        <label for={id}>{label}</label>
      )}
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText}
        onInput={(e) => onChange(Number(e.currentTarget.value))}
      />
      {outputPlacement === 'after' && output}
    </div>
  );
}
