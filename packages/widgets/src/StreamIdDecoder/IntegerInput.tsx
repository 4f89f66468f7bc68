import { Notices } from '../shared/Notices';
import type { IntegerField } from './useIntegerField';

export interface IntegerInputProps {
  /** Id of the `<input>` (unique on the page). */
  inputId: string;
  /** Visible label. */
  label: string;
  /** One line under the field on what may be typed. */
  hint: string;
  /** The field's state from `useIntegerField`. */
  field: IntegerField;
}

/** A labelled text field for a QUIC integer, with its error announced and the fallback stated. */
export function IntegerInput({ inputId, label, hint, field }: IntegerInputProps) {
  const hintId = `${inputId}-hint`;
  return (
    <div class="cn-qi-field">
      <label for={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        autocomplete="off"
        spellcheck={false}
        value={field.text}
        aria-describedby={hintId}
        aria-invalid={field.error !== null}
        onInput={(e) => field.onText(e.currentTarget.value)}
      />
      <p id={hintId} class="cn-qi-hint">
        {hint}
      </p>
      {field.error !== null && (
        <>
          <Notices errors={[field.error]} />
          <p class="cn-qi-hint">Showing the last valid value, {String(field.value)}, until the field is fixed.</p>
        </>
      )}
    </div>
  );
}
