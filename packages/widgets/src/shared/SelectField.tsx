import type { ComponentChildren } from 'preact';
import { eventValue } from './event-value';

export interface SelectFieldProps {
  /** Element id (ties the label to the select). */
  id: string;
  /** Visible label text. */
  label: string;
  /** The selected option's value. */
  value: string;
  /** Called with the value of the option picked. */
  onChange: (value: string) => void;
  /** The `<option>` elements. */
  children: ComponentChildren;
}

/** A labelled drop-down (`.cn-field`); the caller passes the options and narrows the value's type. */
export function SelectField({ id, label, value, onChange, children }: SelectFieldProps) {
  return (
    <div class="cn-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(eventValue(e))}>
        {children}
      </select>
    </div>
  );
}
