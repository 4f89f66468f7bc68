import { formatNumber, formatPercent } from '../shared/format';
import { NumberField } from '../shared/NumberField';
import type { StateOf } from '../shared/url-state';
import { PRESET_IDS, PRESETS, type PresetId } from './config';
import { driftLabSpec } from './state';

type DriftState = StateOf<typeof driftLabSpec>;

export interface ControlsProps {
  /** Element id prefix (the widget id). */
  id: string;
  /** Current settings. */
  state: DriftState;
  /** Applies a change (the URL follows). */
  onChange: (patch: Partial<DriftState>) => void;
  /** Reports a typed-in value that was clamped or rejected. */
  onNotice: (notice: string | null) => void;
  /** Hides the scenario controls (own data loaded). Default: false. */
  dataMode?: boolean;
  /** Shows only sizes, seed and thresholds (false-alarms mode: the windows have no drift). Default: false. */
  sizesOnly?: boolean;
}

type SliderKey = 'shift' | 'spread' | 'empty' | 'affected';

function Slider({
  id,
  name,
  state,
  onChange,
  step,
  show,
}: {
  id: string;
  name: SliderKey;
  state: DriftState;
  onChange: ControlsProps['onChange'];
  step: number;
  show: (v: number) => string;
}) {
  const p = driftLabSpec[name];
  return (
    <div class="dl-control">
      <label for={`${id}-${name}`}>{p.label}</label>
      <input
        id={`${id}-${name}`}
        type="range"
        min={p.min}
        max={p.max}
        step={step}
        value={state[name]}
        aria-valuetext={show(state[name])}
        onInput={(e) => onChange({ [name]: Number(e.currentTarget.value) })}
      />
      <output for={`${id}-${name}`}>{show(state[name])}</output>
    </div>
  );
}

/** A sample size or the seed: typed values are rounded and held to the range, with a notice. */
function SizeField({
  id,
  name,
  state,
  onChange,
  onNotice,
}: { id: string; name: 'nref' | 'ncur' | 'seed' } & Pick<ControlsProps, 'state' | 'onChange' | 'onNotice'>) {
  const p = driftLabSpec[name];
  return (
    <NumberField
      id={`${id}-${name}`}
      class="dl-control"
      label={p.label}
      value={state[name]}
      min={p.min}
      max={p.max}
      step={name === 'seed' ? 1 : 10}
      inputMode="numeric"
      outOfRange="clamp"
      integer={p.integer}
      onNotice={onNotice}
      onChange={(value) => onChange({ [name]: value })}
    />
  );
}

/** Scenario, shape, sample sizes and seed. */
export function Controls({ id, state, onChange, onNotice, dataMode = false, sizesOnly = false }: ControlsProps) {
  const preset = PRESETS[state.preset];
  const sd = (v: number) => `${v >= 0 ? '+' : ''}${formatNumber(v)} sd`;
  return (
    <div class="dl-controls">
      {!dataMode && (
        <>
          {!sizesOnly && (
            <div class="dl-control dl-wide">
              <label for={`${id}-preset`}>Scenario</label>
              <select
                id={`${id}-preset`}
                value={state.preset}
                onChange={(e) => {
                  const next = PRESETS[e.currentTarget.value as PresetId];
                  onChange({
                    preset: next.id,
                    shift: next.shift,
                    spread: next.spread,
                    empty: next.empty,
                    affected: next.affected,
                  });
                }}
              >
                {PRESET_IDS.map((p) => (
                  <option key={p} value={p}>
                    {PRESETS[p].label}
                  </option>
                ))}
              </select>
              <p class="dl-story">{preset.story}</p>
            </div>
          )}
          {!sizesOnly && (
            <>
              <Slider id={id} name="shift" state={state} onChange={onChange} step={0.05} show={sd} />
              <Slider
                id={id}
                name="spread"
                state={state}
                onChange={onChange}
                step={0.05}
                show={(v) => `×${formatNumber(v)}`}
              />
              <Slider id={id} name="empty" state={state} onChange={onChange} step={0.01} show={formatPercent} />
              {(state.preset === 'unit-bug' || state.preset === 'bad-release') && (
                <Slider id={id} name="affected" state={state} onChange={onChange} step={0.01} show={formatPercent} />
              )}
            </>
          )}
          <SizeField id={id} name="nref" state={state} onChange={onChange} onNotice={onNotice} />
          <SizeField id={id} name="ncur" state={state} onChange={onChange} onNotice={onNotice} />
          <SizeField id={id} name="seed" state={state} onChange={onChange} onNotice={onNotice} />
        </>
      )}
      <fieldset class="dl-control dl-wide">
        <legend>Thresholds</legend>
        {(['fixed', 'sample-size-aware'] as const).map((mode) => (
          <label key={mode} class="dl-radio">
            <input
              type="radio"
              name={`${id}-thr`}
              value={mode}
              checked={state.thr === mode}
              onChange={() => onChange({ thr: mode })}
            />
            {mode === 'fixed' ? 'Fixed rules of thumb' : 'Sample-size-aware'}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
