import { useEffect, useState } from 'preact/hooks';
import { buildTimeOnce, isBuildTime } from '../shared/build-time-once';
import { runSimulation } from './client';
import { type SimParams, type SimResult, simulate } from './model';
import { simSpec } from './state';

const DEFAULTS: SimParams = {
  incident: simSpec.incident.default,
  start: simSpec.start.default,
  seed: simSpec.seed.default,
};

/** The latest simulation, whether one runs, and why the last one failed (null when it did not). */
export interface SimulationState {
  result: SimResult | null;
  busy: boolean;
  error: string | null;
}

/**
 * Runs the simulation for `params` in the worker whenever they change. The static build renders
 * the default timeline at once; in the browser the first result comes from the worker. Replies
 * for replaced params are dropped; a failure keeps the last result and says why.
 */
export function useSimulation({ incident, start, seed }: SimParams): SimulationState {
  const [result, setResult] = useState<SimResult | null>(() =>
    isBuildTime() ? buildTimeOnce(`silent-failure-sim:${JSON.stringify(DEFAULTS)}`, () => simulate(DEFAULTS)) : null,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setBusy(true);
    runSimulation({ incident, start, seed }).then(
      (next) => {
        if (!live) return;
        setResult(next);
        setBusy(false);
        setError(null);
      },
      (failure: unknown) => {
        if (!live) return;
        setBusy(false);
        setError(`The simulation failed: ${failure instanceof Error ? failure.message : String(failure)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [incident, start, seed]);

  return { result, busy, error };
}
