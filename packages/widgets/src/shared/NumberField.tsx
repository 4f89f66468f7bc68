import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { BoundedControlProps } from './bounded-control';
import { clampTypedNumber } from './clamp-typed-number';

export interface NumberFieldProps extends BoundedControlProps {
  /** Arrow-key step. Default: "any" (1 for arrow keys). */
  step?: number;
  /** Unit shown after the field, e.g. "%". Default: none. */
  unit?: string;
  /** Called with a valid (in range, or clamped into range) number only. */
  onChange: (value: number) => void;
  /** data-metric id for tests. Default: none. */
  metric?: string;
  /**
   * What out-of-range or non-numeric text does. `"reject"`: a message beside the field while the
   * widget keeps the last valid value (checked on every keystroke). `"clamp"`: when the entry is
   * committed (Enter or leaving the field) a number outside the range becomes the nearest bound,
   * non-numbers are dropped, the field shows the value used and `onNotice` says why.
   * Default: `"reject"`.
   */
  outOfRange?: 'reject' | 'clamp';
  /** With `"clamp"`: round to a whole number first. Default: false. */
  integer?: boolean;
  /** With `"clamp"`: receives the notice for the last entry, or null when it was used as typed. Default: none. */
  onNotice?: (notice: string | null) => void;
  /** Keyboard on touch screens. Default: `"decimal"`. */
  inputMode?: 'decimal' | 'numeric';
  /** Extra class on the wrapper, beside `cn-field`. Default: none. */
  class?: string;
}

/** The message for text that cannot be used, or null (the "reject" rule). */
function rejectMessage(n: number, { label, min, max, value }: NumberFieldProps): string | null {
  if (!Number.isFinite(n)) return `${label}: enter a number between ${min} and ${max}.`;
  if (n < min || n > max) return `${label}: ${n} is outside ${min}–${max}; still using ${value}.`;
  return null;
}

/**
 * A labelled number input that only passes valid numbers on. By default empty, non-numeric or
 * out-of-range text shows a specific message next to the field and leaves the widget on the last
 * valid value; with `outOfRange="clamp"` a committed entry is held to the range instead.
 *
 * @example
 * <NumberField id="rr-backup" label="Backup every" unit="min" value={60} min={1} max={10080}
 *   onChange={(backup) => setState({ backup })} />
 */
export function NumberField(props: NumberFieldProps) {
  const { id, label, value, min, max, step, unit, onChange, metric, outOfRange = 'reject' } = props;
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (Number(text) !== value || text.trim() === '') {
      setText(String(value));
      setError(null);
    }
    // Only external value changes (URL load) resync the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const onInput = (raw: string) => {
    setText(raw);
    if (outOfRange === 'clamp') return;
    const n = raw.trim() === '' ? Number.NaN : Number(raw);
    const message = rejectMessage(n, props);
    setError(message);
    if (message === null) onChange(n);
  };

  const onCommit = (input: HTMLInputElement) => {
    const { value: used, notice } = clampTypedNumber(input.value, { label, min, max, integer: props.integer });
    props.onNotice?.(notice);
    if (used !== null) onChange(used);
    const shown = String(used ?? value);
    setText(shown);
    input.value = shown;
  };

  const errorId = `${id}-error`;
  const commit: JSX.GenericEventHandler<HTMLInputElement> | undefined =
    outOfRange === 'clamp' ? (e) => onCommit(e.currentTarget) : undefined;
  return (
    <div class={props.class ? `cn-field ${props.class}` : 'cn-field'}>
      <label for={id}>{label}</label>
      <span class="cn-field-input">
        <input
          id={id}
          type="number"
          inputMode={props.inputMode ?? 'decimal'}
          min={min}
          max={max}
          step={step ?? 'any'}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          data-metric={metric}
          data-value={String(value)}
          onInput={(e) => onInput(e.currentTarget.value)}
          onChange={commit}
        />
        {unit && <span class="cn-field-unit">{unit}</span>}
      </span>
      {error && (
        <span id={errorId} role="alert" class="cn-field-error">
          {error}
        </span>
      )}
    </div>
  );
}
