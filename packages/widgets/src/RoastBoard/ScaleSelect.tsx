import { SelectField } from '../shared/SelectField';

export interface ScaleSelectProps {
  /** Element id. */
  id: string;
  /** Visible label ("Probability", "Blast radius"). */
  label: string;
  /** The rating, 1–5. */
  value: number;
  /** A word per rating, indexed 1–5 (index 0 unused). */
  words: readonly string[];
  /** Called with the rating picked. */
  onChange: (value: number) => void;
}

const SCALE = [1, 2, 3, 4, 5] as const;

/** A 1–5 rating drop-down whose options read "3 · possible". */
export function ScaleSelect({ id, label, value, words, onChange }: ScaleSelectProps) {
  return (
    <SelectField id={id} label={label} value={String(value)} onChange={(v) => onChange(Number(v))}>
      {SCALE.map((n) => (
        <option key={n} value={String(n)}>
          {n} · {words[n]}
        </option>
      ))}
    </SelectField>
  );
}
