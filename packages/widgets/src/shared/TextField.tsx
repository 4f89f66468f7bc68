import { eventValue } from './event-value';

export interface TextFieldProps {
  /** Element id (ties the label to the input). */
  id: string;
  /** Visible label text. */
  label: string;
  /** Current text. */
  value: string;
  /** Longest text accepted, in characters. */
  maxLength: number;
  /** Called with the new text on every keystroke. */
  onInput: (value: string) => void;
}

/** A labelled one-line text input (`.cn-field`), length-bounded. */
export function TextField({ id, label, value, maxLength, onInput }: TextFieldProps) {
  return (
    <div class="cn-field">
      <label for={id}>{label}</label>
      <input id={id} type="text" maxLength={maxLength} value={value} onInput={(e) => onInput(eventValue(e))} />
    </div>
  );
}
