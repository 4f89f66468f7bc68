import { NumberField } from '../shared/NumberField';
import type { StateOf } from '../shared/url-state';
import { MAX_SAMPLE_CHARS } from './parse-sample';
import type { log2HistogramSpec } from './state';

type State = StateOf<typeof log2HistogramSpec>;

export interface SampleControlsProps {
  /** Id prefix for the inputs. */
  id: string;
  /** Current widget state. */
  state: State;
  /** Applies a change to the state. */
  setState: (patch: Partial<State>) => void;
  /** Pasted text shown in the text area. */
  text: string;
  /** Called with the text area's new value. */
  onText: (value: string) => void;
}

/** Data source choice plus the seeded-sample parameters or the paste box. */
export function SampleControls({ id, state, setState, text, onText }: SampleControlsProps) {
  return (
    <div class="lh-controls">
      <label for={`${id}-source`}>
        Data
        <select
          id={`${id}-source`}
          value={state.source}
          onChange={(e) => setState({ source: e.currentTarget.value as 'sample' | 'paste' })}
        >
          <option value="sample">Seeded sample (illustrative latencies)</option>
          <option value="paste">My own numbers</option>
        </select>
      </label>
      {state.source === 'sample' ? (
        <>
          <NumberField
            id={`${id}-seed`}
            label="Seed"
            value={state.seed}
            min={0}
            max={1_000_000}
            step={1}
            onChange={(seed) => setState({ seed: Math.round(seed) })}
          />
          <NumberField
            id={`${id}-n`}
            label="Sample size"
            value={state.n}
            min={1}
            max={100_000}
            step={100}
            onChange={(n) => setState({ n: Math.round(n) })}
          />
          <NumberField
            id={`${id}-median`}
            label="Median latency (µs)"
            value={state.median}
            min={1}
            max={10_000_000}
            step={10}
            onChange={(median) => setState({ median })}
          />
          <NumberField
            id={`${id}-sigma`}
            label="Spread (σ of log latency)"
            value={state.sigma}
            min={0.05}
            max={3}
            step={0.05}
            onChange={(sigma) => setState({ sigma })}
          />
        </>
      ) : (
        <label for={`${id}-paste`} class="lh-paste">
          Numbers (spaces, commas or new lines between them)
          <textarea
            id={`${id}-paste`}
            rows={4}
            maxLength={MAX_SAMPLE_CHARS}
            value={text}
            onInput={(e) => onText(e.currentTarget.value)}
          />
        </label>
      )}
    </div>
  );
}
