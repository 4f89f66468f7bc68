import { createWorkerClient } from '../shared/worker/client';
import { type SimParams, type SimResult, simulate } from './model';

/** The simulator's worker, started on the first run; simulations run in place where there is none (tests, old browsers). */
const simulator = createWorkerClient<SimParams, SimResult>({
  name: 'silent failure simulator',
  create: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  inline: simulate,
});

/** Runs a simulation in the worker; rejects with a `WorkerCallError` if the worker fails to load or the run throws. */
export function runSimulation(params: SimParams): Promise<SimResult> {
  return simulator.call(params);
}
