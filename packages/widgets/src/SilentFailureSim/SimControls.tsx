import { INCIDENT_IDS, INCIDENTS, type IncidentId } from './config';
import { type SimState, simSpec } from './state';

export interface SimControlsProps {
  /** The widget's id; each control's id is `<id>-<name>`. */
  id: string;
  /** The current state (from the URL). */
  state: SimState;
  /** Applies a change to the state (and so to the URL). */
  setState: (patch: Partial<SimState>) => void;
}

/** Keeps a typed seed within its URL range; null for text that is not a number. */
function seedFrom(text: string): number | null {
  const seed = Math.round(Number(text));
  return Number.isFinite(seed) ? Math.min(simSpec.seed.max, Math.max(0, seed)) : null;
}

/** The simulator's three inputs: which incident, when it starts, and the seed. */
export function SimControls({ id, state, setState }: SimControlsProps) {
  return (
    <div class="sfs-controls">
      <div class="sfs-field">
        <label for={`${id}-incident`}>Incident</label>
        <select
          id={`${id}-incident`}
          value={state.incident}
          onChange={(e) => setState({ incident: e.currentTarget.value as IncidentId })}
        >
          {INCIDENT_IDS.map((i) => (
            <option key={i} value={i}>
              {INCIDENTS[i].label}
            </option>
          ))}
        </select>
      </div>
      <div class="sfs-field">
        <label for={`${id}-start`}>Incident starts at hour</label>
        <input
          id={`${id}-start`}
          type="range"
          min={simSpec.start.min}
          max={simSpec.start.max}
          step={1}
          value={state.start}
          onInput={(e) => setState({ start: Number(e.currentTarget.value) })}
        />
        <output for={`${id}-start`}>hour {state.start}</output>
      </div>
      <div class="sfs-field">
        <label for={`${id}-seed`}>Seed</label>
        <input
          id={`${id}-seed`}
          type="number"
          min={0}
          max={simSpec.seed.max}
          step={1}
          value={state.seed}
          onChange={(e) => {
            const seed = seedFrom(e.currentTarget.value);
            if (seed !== null) setState({ seed });
          }}
        />
      </div>
    </div>
  );
}
