import { useEffect, useState } from 'preact/hooks';
import { Notices } from '../shared/Notices';
import { submit } from './client';
import { FalseAlarmTable } from './FalseAlarmTable';
import type { FalseAlarmResult } from './false-alarms';

export interface FalseAlarmsProps {
  /** Element id prefix. */
  id: string;
  /** Reference size n (the Drift Lab's setting). */
  nReference: number;
  /** Size m of each no-drift window. */
  nCurrent: number;
  /** Seed of the reference and the windows. */
  seed: number;
  /** Number of no-drift windows K. */
  windows: number;
  /** New number of windows (the URL follows). */
  onWindows: (k: number) => void;
}

/** K windows with no drift at the chosen sizes: how often does each rule fire anyway? */
export function FalseAlarms({ id, nReference, nCurrent, seed, windows, onWindows }: FalseAlarmsProps) {
  const [result, setResult] = useState<FalseAlarmResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setBusy(true);
    const timer = setTimeout(() => {
      submit({ type: 'false-alarms', params: { nReference, nCurrent, seed, windows } }).then(
        (r) => {
          if (!live || r.type !== 'false-alarms') return;
          setResult(r.result);
          setBusy(false);
        },
        (e: unknown) => {
          if (!live) return;
          setError(`The simulation failed: ${e instanceof Error ? e.message : String(e)}`);
          setBusy(false);
        },
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [nReference, nCurrent, seed, windows]);

  return (
    <div class="dl-false-alarms">
      <p>
        Every window below is drawn from the reference distribution itself, so{' '}
        <strong>every alert is a false alarm</strong>. Fixed distance thresholds fire constantly on small windows;
        p-values and sample-size-aware thresholds keep to their nominal rate (about 1% for a 99% threshold, 5% for p ≤
        0.05 — per rule, so several rules together fire more often).
      </p>
      <div class="dl-control">
        <label for={`${id}-k`}>Windows (K)</label>
        <select id={`${id}-k`} value={String(windows)} onChange={(e) => onWindows(Number(e.currentTarget.value))}>
          {[...new Set([20, 50, 100, 200, 500, windows])]
            .sort((a, b) => a - b)
            .map((k) => (
              <option key={k} value={String(k)}>
                {k}
              </option>
            ))}
        </select>
      </div>
      <Notices errors={error ? [error] : []} />
      <p role="status">
        {busy
          ? `Simulating ${windows} windows…`
          : result
            ? `Done: ${result.windows} windows of ${nCurrent.toLocaleString('en-GB')} values against one reference of ${nReference.toLocaleString('en-GB')}.`
            : ''}
      </p>
      {result && <FalseAlarmTable result={result} busy={busy} />}
      {result && (
        <p class="dl-hint">
          KS p-values use the {result.ksMethod === 'auto' ? 'exact (auto)' : 'asymptotic'} method here.
        </p>
      )}
    </div>
  );
}
