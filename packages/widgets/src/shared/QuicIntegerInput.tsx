import { Notices } from './Notices';
import type { IntegerField } from './useIntegerField';

export interface QuicIntegerInputProps {
  /** Id of the `<input>` (unique on the page; the hint's id is `<id>-hint`). */
  id: string;
  /** Visible label, e.g. "Stream ID". */
  label: string;
  /** One line under the field on what may be typed. */
  hint: string;
  /** The field's state from {@link useIntegerField}. */
  field: IntegerField;
}

/**
 * A labelled text field for a QUIC integer (decimal or `0x` hex, up to 2^62 − 1): its error is
 * announced (`role="alert"`) and the value still in use is stated until the text is fixed.
 *
 * @example
 * const field = useIntegerField(state.id, (id) => setState({ id }), 'A stream ID', 7n);
 * <QuicIntegerInput id="sid-input" label="Stream ID" hint="Decimal or 0x hex." field={field} />
 */
export function QuicIntegerInput({ id, label, hint, field }: QuicIntegerInputProps) {
  const hintId = `${id}-hint`;
  return (
    <div class="cn-qi-field">
      <label for={id}>{label}</label>
      <input
        id={id}
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
