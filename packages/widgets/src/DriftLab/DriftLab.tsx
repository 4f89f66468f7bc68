import { useMemo, useState } from 'preact/hooks';
import { Notices } from '../shared/Notices';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import type { AnalysisOptions } from './analysis';
import { CompareResult } from './CompareResult';
import { Controls } from './Controls';
import { DataInput, type LoadedSide } from './DataInput';
import { FalseAlarms } from './FalseAlarms';
import type { SampleParams } from './samples';
import { DRIFT_LAB_PREFIX, decodeOverrides, driftLabSpec, encodeOverrides } from './state';
import { type DataPair, useAnalysis } from './useAnalysis';
import { ViewSwitch } from './ViewSwitch';

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
      <ViewSwitch
        mode={state.view === 'false-alarms' ? 'false-alarms' : source === 'data' ? 'data' : 'scenarios'}
        onMode={(mode) => {
          setSource(mode === 'data' ? 'data' : 'preset');
          setState({ view: mode === 'false-alarms' ? 'false-alarms' : 'compare' });
        }}
      />
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
        <CompareResult
          id={id}
          analysis={analysis}
          view={view}
          overrides={overrides}
          onOverrides={(o) => setState({ t: encodeOverrides(o) })}
          dataMode={source === 'data'}
          hasPair={pair !== null}
        />
      )}
    </WidgetFrame>
  );
}
