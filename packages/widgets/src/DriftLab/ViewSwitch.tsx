/** What the Drift Lab shows: the talk's scenarios, false alarms, or the user's own data. */
export type LabMode = 'scenarios' | 'false-alarms' | 'data';

const MODES: readonly { mode: LabMode; label: string }[] = [
  { mode: 'scenarios', label: 'Scenarios' },
  { mode: 'false-alarms', label: 'False alarms' },
  { mode: 'data', label: 'Your own data' },
];

export interface ViewSwitchProps {
  /** The mode shown now (its button is pressed). */
  mode: LabMode;
  /** A button was pressed. */
  onMode: (mode: LabMode) => void;
}

/** Three toggle buttons (aria-pressed) in an unnamed-on-screen group "What to look at". */
export function ViewSwitch({ mode, onMode }: ViewSwitchProps) {
  return (
    <fieldset class="dl-switch">
      <legend class="sr-only">What to look at</legend>
      {MODES.map((m) => (
        <button
          key={m.mode}
          type="button"
          class="cn-button"
          aria-pressed={mode === m.mode}
          onClick={() => onMode(m.mode)}
        >
          {m.label}
        </button>
      ))}
    </fieldset>
  );
}
