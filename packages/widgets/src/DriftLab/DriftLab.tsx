import './drift-lab.css';
import { useMemo, useState } from 'preact/hooks';
import { Notices } from '../shared/Notices';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import type { AnalysisOptions } from './analysis';
import { Charts } from './Charts';
import { Controls } from './Controls';
import { DataInput, type LoadedSide } from './DataInput';
import { FalseAlarms } from './FalseAlarms';
import { MetricsPanel } from './MetricsPanel';
import type { SampleParams } from './samples';
import { DRIFT_LAB_PREFIX, decodeOverrides, driftLabSpec, encodeOverrides } from './state';
import { ThresholdEditor } from './ThresholdEditor';
import { type DataPair, useAnalysis } from './useAnalysis';

export interface DriftLabProps {
  /** Element id and URL anchor. Default: "drift-lab". */
  id?: string;
  /** Visible title. Default: "Drift Lab". */
  title?: string;
}

function pairOf(reference: LoadedSide | null, current: LoadedSide | null): DataPair | null {
  const r = reference && reference.column !== null ? reference.data.columns[reference.column] : undefined;
  const c = current && current.column !== null ? current.data.columns[current.column] : undefined;
  return r && c ? { reference: r, current: c } : null;
}

/** Reference vs current samples, every drift metric with thresholds and verdicts, charts, false alarms and your own data. */
export function DriftLab({ id = 'drift-lab', title = 'Drift Lab' }: DriftLabProps) {
  const { state, setState, notices, link } = useUrlState(driftLabSpec, DRIFT_LAB_PREFIX, id);
  const [inputNotice, setInputNotice] = useState<string | null>(null);
  const [source, setSource] = useState<'preset' | 'data'>('preset');
  const [sides, setSides] = useState<{ reference: LoadedSide | null; current: LoadedSide | null }>({
    reference: null,
    current: null,
  });

  const { overrides, notices: overrideNotices } = useMemo(() => decodeOverrides(state.t), [state.t]);
  const params = useMemo<SampleParams>(
    () => ({
      preset: state.preset,
      shift: state.shift,
      spread: state.spread,
      empty: state.empty,
      affected: state.affected,
      nReference: state.nref,
      nCurrent: state.ncur,
      seed: state.seed,
    }),
    [state.preset, state.shift, state.spread, state.empty, state.affected, state.nref, state.ncur, state.seed],
  );
  const options = useMemo<AnalysisOptions>(
    () => ({ ksMethod: 'asymp', thresholds: state.thr, overrides }),
    [state.thr, overrides],
  );
  const pair = useMemo(() => (source === 'data' ? pairOf(sides.reference, sides.current) : null), [source, sides]);
  const analysis = useAnalysis(params, options, pair);
  const view = source === 'data' && !pair ? null : analysis.view;

  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="Compare a reference window with a current one. Pick one of the talk's silent failures, move the sliders, and watch which metric notices — and how the verdict depends on sample size."
      notices={[...notices, ...overrideNotices]}
      link={link}
    >
      <fieldset class="dl-switch">
        <legend class="sr-only">What to look at</legend>
        <button
          type="button"
          class="cn-button"
          aria-pressed={state.view === 'compare' && source === 'preset'}
          onClick={() => {
            setSource('preset');
            setState({ view: 'compare' });
          }}
        >
          Scenarios
        </button>
        <button
          type="button"
          class="cn-button"
          aria-pressed={state.view === 'false-alarms'}
          onClick={() => {
            setSource('preset');
            setState({ view: 'false-alarms' });
          }}
        >
          False alarms
        </button>
        <button
          type="button"
          class="cn-button"
          aria-pressed={source === 'data' && state.view === 'compare'}
          onClick={() => {
            setSource('data');
            setState({ view: 'compare' });
          }}
        >
          Your own data
        </button>
      </fieldset>
      <Notices notices={inputNotice ? [inputNotice] : []} />
      {source === 'data' && state.view === 'compare' && (
        <DataInput
          id={id}
          reference={sides.reference}
          current={sides.current}
          onChange={(side, value) => setSides((prev) => ({ ...prev, [side]: value }))}
        />
      )}
      <Controls
        id={id}
        state={state}
        onChange={setState}
        onNotice={setInputNotice}
        dataMode={source === 'data' && state.view === 'compare'}
        sizesOnly={state.view === 'false-alarms'}
      />
      {state.view === 'false-alarms' ? (
        <FalseAlarms
          id={id}
          nReference={state.nref}
          nCurrent={state.ncur}
          seed={state.seed}
          windows={state.k}
          onWindows={(k) => setState({ k })}
        />
      ) : (
        <>
          <Notices errors={analysis.error ? [analysis.error] : []} />
          <p role="status" class="dl-hint">
            {analysis.pending ? 'Updating…' : ''}
          </p>
          {view ? (
            <div class="dl-result" aria-busy={analysis.pending}>
              <MetricsPanel view={view} ksFinal={analysis.ksFinal} />
              <ThresholdEditor
                id={id}
                metrics={view.report.metrics}
                overrides={overrides}
                onChange={(o) => setState({ t: encodeOverrides(o) })}
              />
              <Charts view={view} />
            </div>
          ) : (
            source === 'data' &&
            (pair ? (
              <p>Computing the metrics for your files…</p>
            ) : (
              <p>Load both a reference and a current file (with a numeric column) to see the metrics.</p>
            ))
          )}
        </>
      )}
    </WidgetFrame>
  );
}
