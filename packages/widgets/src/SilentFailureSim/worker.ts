/// <reference lib="webworker" />
import { type SimParams, simulate } from './model';

/** The simulator's worker: one simulation per message, answered with the same id. */
self.onmessage = (event: MessageEvent<{ id: number; params: SimParams }>) => {
  const { id, params } = event.data;
  try {
    self.postMessage({ id, ok: true, result: simulate(params) });
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
