import type { HoldoutDesign } from './model';

export interface DesignChoiceProps {
  /** Id prefix of the widget (names the radio group). */
  id: string;
  /** The chosen design. */
  design: HoldoutDesign;
  /** Called with the design picked. */
  onChange: (design: HoldoutDesign) => void;
}

const DESIGNS: readonly { design: HoldoutDesign; label: string }[] = [
  { design: 'flagged', label: 'A share of the flagged transactions (measures precision)' },
  { design: 'random', label: 'A random share of all traffic, unscreened (measures precision and recall)' },
];

/** Radio group: let through a share of the flagged transactions, or a random share of all traffic. */
export function DesignChoice({ id, design, onChange }: DesignChoiceProps) {
  return (
    <fieldset class="ho-design">
      <legend>Who is let through</legend>
      {DESIGNS.map((d) => (
        <label key={d.design}>
          <input type="radio" name={`${id}-design`} checked={design === d.design} onChange={() => onChange(d.design)} />{' '}
          {d.label}
        </label>
      ))}
    </fieldset>
  );
}
