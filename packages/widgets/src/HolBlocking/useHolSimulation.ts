import { useEffect, useRef, useState } from 'preact/hooks';
import { type HolParams, type HolResult, simulateHol } from './simulate';

type Reply = { id: number; result?: HolResult; error?: string };

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

const same = (a: HolParams, b: HolParams) =>
  a.streams === b.streams &&
  a.loss === b.loss &&
  a.rttMs === b.rttMs &&
  a.mbps === b.mbps &&
  a.trials === b.trials &&
  a.seed === b.seed;

/**
 * The simulation for `params`: computed inline for the first render (so the static build
 * shows numbers), then in a Web Worker on every change; inline again where Workers are
 * unavailable or fail. Stale replies are ignored.
 */
export function useHolSimulation(params: HolParams): { result: HolResult; pending: boolean } {
  const [result, setResult] = useState<HolResult>(() => simulateHol(params));
  const [pending, setPending] = useState(false);
  const worker = useRef<Worker | null | undefined>(undefined);
  const latest = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  // Keyed on the params' fields (a new params object every render must not re-run it).
  useEffect(() => {
    if (same(result.params, params)) return;
    const id = ++latest.current;
    if (worker.current === undefined) worker.current = startWorker();
    const w = worker.current;
    if (!w) {
      setResult(simulateHol(params));
      return;
    }
    setPending(true);
    w.onmessage = (event: MessageEvent<Reply>) => {
      if (event.data.id !== latest.current) return;
      setPending(false);
      setResult(event.data.result ?? simulateHol(params));
    };
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      worker.current = null;
      setPending(false);
      setResult(simulateHol(params));
    };
    w.postMessage({ id, params });
  }, [params.streams, params.loss, params.rttMs, params.mbps, params.trials, params.seed]);

  return { result, pending };
}
