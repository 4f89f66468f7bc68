import './sim.css';
import { useEffect, useState } from 'preact/hooks';
import { ScrollRegion } from '../DriftLab/ScrollRegion';
import { formatNumber, formatPercent } from '../shared/format';
import { Notices } from '../shared/Notices';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Assumptions } from './Assumptions';
import { runSimulation } from './client';
import { INCIDENT_IDS, INCIDENTS, type IncidentId, SERVICE } from './config';
import { type SimResult, simulate } from './model';
import { SIM_PREFIX, simSpec } from './state';
import { LAYER_LABELS, Timeline } from './Timeline';

export interface SilentFailureSimProps {
  /** Element id and URL anchor. Default: "silent-failure-sim". */
  id?: string;
  /** Visible title. Default: "Silent failures: which alert fires?". */
  title?: string;
}

const DEFAULTS = { incident: simSpec.incident.default, start: simSpec.start.default, seed: simSpec.seed.default };

/** 48 hours of a fraud-scoring service: pick an incident, see which alert layer notices it and when. */
export function SilentFailureSim({
  id = 'silent-failure-sim',
  title = 'Silent failures: which alert fires?',
}: SilentFailureSimProps) {
  const { state, setState, notices, link } = useUrlState(simSpec, SIM_PREFIX, id);
  // The static build renders the default timeline; in the browser the worker computes it.
  const [result, setResult] = useState<SimResult | null>(() =>
    typeof window === 'undefined' ? simulate(DEFAULTS) : null,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setBusy(true);
    runSimulation({ incident: state.incident, start: state.start, seed: state.seed }).then(
      (r) => {
        if (!live) return;
        setResult(r);
        setBusy(false);
        setError(null);
      },
      (e: unknown) => {
        if (!live) return;
        setBusy(false);
        setError(`The simulation failed: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [state.incident, state.start, state.seed]);

  const start = state.incident === 'none' ? null : state.start;
  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="A fraud-scoring service over 48 hours. Infrastructure golden signals stay green for silent failures; only the ML layers notice."
      notices={notices}
      link={link}
    >
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
              const v = Math.round(Number(e.currentTarget.value));
              if (Number.isFinite(v)) setState({ seed: Math.min(simSpec.seed.max, Math.max(0, v)) });
            }}
          />
        </div>
      </div>
      <p class="sfs-story">{INCIDENTS[state.incident].story}</p>
      <Notices errors={error ? [error] : []} />
      <p role="status" class="sfs-hint">
        {busy ? 'Simulating 48 hours…' : ''}
      </p>
      {result && (
        <div aria-busy={busy}>
          <table class="sfs-summary">
            <caption>
              Which layer noticed the incident (an alert on a signal the incident changes), and its false alarms
            </caption>
            <thead>
              <tr>
                <th scope="col">Layer</th>
                <th scope="col">First alert caused by the incident</th>
                <th scope="col">False alarms (alerts the incident did not cause)</th>
              </tr>
            </thead>
            <tbody>
              {result.summary.map((s) => (
                <tr key={s.layer}>
                  <th scope="row">{LAYER_LABELS[s.layer]}</th>
                  <td data-metric={`sfs-${s.layer}-delay`} data-value={s.delay === null ? '' : String(s.delay)}>
                    {start === null
                      ? '—'
                      : !s.touched
                        ? 'not affected: the incident does not change this signal'
                        : s.firstAlert === null
                          ? 'never'
                          : `hour ${s.firstAlert} (${s.delay === 0 ? 'at once' : `after ${s.delay} h`})`}
                  </td>
                  <td data-metric={`sfs-${s.layer}-false`} data-value={String(s.falseAlarms)}>
                    {s.falseAlarms}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Timeline rows={result.rows} start={start} />
          <details>
            <summary>Hourly numbers</summary>
            <ScrollRegion class="sfs-scroll" label="Hourly numbers (scrolls sideways)">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Hour</th>
                    <th scope="col">Error rate</th>
                    <th scope="col">p99 latency</th>
                    <th scope="col">Holdout precision</th>
                    <th scope="col">
                      Fraud missed (share of all frauds in the last {SERVICE.outcomeWindowHours} labelled hours)
                    </th>
                    <th scope="col">Response PSI</th>
                    <th scope="col">Input PSI</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((r) => (
                    <tr key={r.hour}>
                      <th scope="row">{r.hour}</th>
                      <td>{formatPercent(r.errorRate)}</td>
                      <td>{formatNumber(r.latencyP99)} ms</td>
                      <td>{r.precision === null ? '—' : formatPercent(r.precision)}</td>
                      <td>{r.missedFraud === null ? '—' : formatPercent(r.missedFraud)}</td>
                      <td>{formatNumber(r.responsePsi ?? Number.NaN)}</td>
                      <td>{formatNumber(r.inputPsi ?? Number.NaN)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
        </div>
      )}
      <Assumptions />
    </WidgetFrame>
  );
}
