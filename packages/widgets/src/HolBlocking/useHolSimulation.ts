import { useEffect, useRef, useState } from 'preact/hooks';
import { buildTimeOnce } from '../shared/build-time-once';
import { createWorkerClient, type WorkerClient } from '../shared/worker/client';
import { type HolParams, type HolResult, simulateHol } from './simulate';

/** A client for one widget's simulation worker (each island ends its own on unmount). */
function startClient(): WorkerClient<HolParams, HolResult> {
  return createWorkerClient<HolParams, HolResult>({
    name: 'head-of-line blocking simulator',
    create: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    inline: simulateHol,
  });
}

const same = (a: HolParams, b: HolParams) =>
  a.streams === b.streams &&
  a.loss === b.loss &&
  a.rttMs === b.rttMs &&
  a.mbps === b.mbps &&
  a.trials === b.trials &&
  a.seed === b.seed;

/** The result the first render shows: computed once per build for each set of params (see buildTimeOnce). */
export function firstResult(params: HolParams): HolResult {
  return buildTimeOnce(`hol-blocking:${JSON.stringify(params)}`, () => simulateHol(params));
}

/**
 * The simulation for `params`: computed inline for the first render (so the static build
 * shows numbers), then in a Web Worker on every change; at once where Workers are unavailable,
 * and inline again when the worker fails to load or a run fails in it. Stale replies are ignored.
 */
export function useHolSimulation(params: HolParams): { result: HolResult; pending: boolean } {
  const [result, setResult] = useState<HolResult>(() => firstResult(params));
  const [pending, setPending] = useState(false);
  const client = useRef<WorkerClient<HolParams, HolResult> | null>(null);
  const latest = useRef(0);

  useEffect(
    () => () => {
      latest.current = -1;
      client.current?.terminate();
    },
    [],
  );

  // Keyed on the params' fields (a new params object every render must not re-run it).
  useEffect(() => {
    if (same(result.params, params)) return;
    const id = ++latest.current;
    if (typeof Worker === 'undefined') {
      setResult(simulateHol(params));
      return;
    }
    client.current ??= startClient();
    setPending(true);
    const settle = (next: () => HolResult) => {
      if (id !== latest.current) return;
      setPending(false);
      setResult(next());
    };
    client.current.call(params).then(
      (reply) => settle(() => reply),
      () => settle(() => simulateHol(params)),
    );
  }, [params.streams, params.loss, params.rttMs, params.mbps, params.trials, params.seed]);

  return { result, pending };
}
