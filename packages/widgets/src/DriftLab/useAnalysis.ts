import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildTimeOnce } from '../shared/build-time-once';
import { type AnalysisOptions, type AnalysisView, analyse, fitSample, withKsPValue } from './analysis';
import { submit } from './client';
import type { ParsedColumn } from './parse';
import { currentSample, referenceSample, type SampleParams } from './samples';

/** Above this many values in both samples together, presets are computed in the worker. */
export const SYNC_LIMIT = 40_000;
const DEBOUNCE_MS = 120;

/**
 * How long a change waits before it is computed: slider steps on presets are coalesced
 * ({@link DEBOUNCE_MS}); the user's own data (a file loaded, a column or threshold picked) changes
 * once per action, so it starts at once instead of adding the wait to a large file's report.
 */
export function analysisDelay(data: DataPair | null): number {
  return data === null ? DEBOUNCE_MS : 0;
}

export interface AnalysisState {
  view: AnalysisView | null;
  /** True while a newer result (or the exact KS p-value) is being computed. */
  pending: boolean;
  /** True once the KS p-value is the `auto` method's final one. */
  ksFinal: boolean;
  error: string | null;
}

/** Selected data columns for "bring your own data". */
export interface DataPair {
  reference: ParsedColumn;
  current: ParsedColumn;
}

/**
 * The Drift Lab's numbers for the current settings: small presets at once on the main thread
 * (exact KS p-value from the worker afterwards), large presets and uploaded data in the worker.
 */
export function useAnalysis(params: SampleParams, options: AnalysisOptions, data: DataPair | null): AnalysisState {
  const small = data === null && params.nReference + params.nCurrent <= SYNC_LIMIT;
  const fitted = useMemo(
    () =>
      small
        ? buildTimeOnce(`drift-lab:fit:${params.nReference}:${params.seed}`, () =>
            fitSample(referenceSample(params.nReference, params.seed), 0),
          )
        : null,
    [small, params.nReference, params.seed],
  );
  const syncView = useMemo(
    () =>
      fitted
        ? buildTimeOnce(`drift-lab:view:${JSON.stringify([params, options])}`, () =>
            analyse(fitted, currentSample(params), { ...options, ksMethod: 'asymp' }),
          )
        : null,
    [fitted, params, options],
  );
  const [asyncState, setAsyncState] = useState<AsyncState>({
    source: null,
    input: null,
    view: null,
    pending: false,
    error: null,
  });
  const sequence = useRef(0);

  useEffect(() => {
    const id = ++sequence.current;
    if (syncView && syncView.autoMethod === 'asymp') {
      setAsyncState({ source: syncView, input: null, view: syncView, pending: false, error: null });
      return;
    }
    setAsyncState((prev) => ({ ...prev, pending: true, error: null }));
    const timer = setTimeout(() => {
      const auto = { ...options, ksMethod: 'auto' as const };
      const task = syncView
        ? submit({ type: 'ks-auto', params })
        : data
          ? submit({ type: 'data', reference: data.reference, current: data.current, options: auto })
          : submit({ type: 'preset', params, options: auto });
      task.then(
        (result) => {
          if (id !== sequence.current) return;
          if (result.type === 'ks-auto' && syncView) {
            const view = withKsPValue(syncView, result.pValue, result.method);
            setAsyncState({ source: syncView, input: null, view, pending: false, error: null });
          } else if (result.type === 'analysis') {
            const input = { params, options, data };
            setAsyncState({ source: null, input, view: result.view, pending: false, error: null });
          }
        },
        (error: unknown) => {
          if (id !== sequence.current) return;
          const message = error instanceof Error ? error.message : String(error);
          setAsyncState((prev) => ({
            ...prev,
            pending: false,
            error: `The numbers could not be computed: ${message}`,
          }));
        },
      );
    }, analysisDelay(data));
    return () => clearTimeout(timer);
  }, [syncView, params, options, data]);

  if (syncView) {
    const done = asyncState.source === syncView && asyncState.view !== null;
    return {
      view: done ? asyncState.view : syncView,
      pending: !done,
      ksFinal: done || syncView.autoMethod === 'asymp',
      error: asyncState.error,
    };
  }
  // A worker result is final only for exactly these inputs. While a newer one is computed the
  // previous result stays on screen (marked pending) if it came from the same kind of input —
  // never a preset's numbers under the user's own data, or the other way round.
  const input = asyncState.input;
  const exact = input !== null && input.params === params && input.options === options && input.data === data;
  const sameKind = input !== null && (input.data === null) === (data === null);
  return {
    view: sameKind ? asyncState.view : null,
    pending: !exact || asyncState.pending,
    ksFinal: exact && !asyncState.pending && asyncState.view !== null,
    error: asyncState.error,
  };
}

interface AsyncState {
  /** The instant view this result refines (null for worker-only results). */
  source: AnalysisView | null;
  /** The inputs a worker-only result was computed for (null for refinements of an instant view). */
  input: { params: SampleParams; options: AnalysisOptions; data: DataPair | null } | null;
  view: AnalysisView | null;
  pending: boolean;
  error: string | null;
}
