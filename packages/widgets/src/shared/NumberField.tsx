import './fields.css';
import { useEffect, useState } from 'preact/hooks';

export interface NumberFieldProps {
  /** Element id (also ties the label and the error message). */
  id: string;
  /** Visible label text. */
  label: string;
  /** Current valid value. */
  value: number;
  /** Smallest accepted value. */
  min: number;
  /** Largest accepted value. */
  max: number;
  /** Arrow-key step. Default: "any" (1 for arrow keys). */
  step?: number;
  /** Unit shown after the field, e.g. "%". Default: none. */
  unit?: string;
  /** Called with a valid number only; invalid text keeps the last valid value. */
  onChange: (value: number) => void;
  /** data-metric id for tests. Default: none. */
  metric?: string;
}

/**
 * A labelled number input that only passes valid numbers on. Empty, non-numeric or out-of-range
 * text shows a specific message next to the field and leaves the widget on the last valid value.
 */
export function NumberField({ id, label, value, min, max, step, unit, onChange, metric }: NumberFieldProps) {
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
    const n = raw.trim() === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(n)) {
      setError(`${label}: enter a number between ${min} and ${max}.`);
    } else if (n < min || n > max) {
      setError(`${label}: ${n} is outside ${min}–${max}; still using ${value}.`);
    } else {
      setError(null);
      onChange(n);
    }
  };

  const errorId = `${id}-error`;
  return (
    <div class="cn-field">
      <label for={id}>{label}</label>
      <span class="cn-field-input">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step ?? 'any'}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          data-metric={metric}
          data-value={String(value)}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
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
