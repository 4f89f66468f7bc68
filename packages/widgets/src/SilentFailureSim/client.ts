import { type SimParams, type SimResult, simulate } from './model';

type Reply = { id: number; ok: true; result: SimResult } | { id: number; ok: false; error: string };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: SimResult) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined') return worker;
  try {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.result);
      else p.reject(new Error(reply.error));
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/** Runs a simulation in the worker, or in place where there is none (tests, old browsers). */
export function runSimulation(params: SimParams): Promise<SimResult> {
  const w = getWorker();
  if (!w) return Promise.resolve().then(() => simulate(params));
  const id = nextId++;
  return new Promise<SimResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, params });
  });
}
