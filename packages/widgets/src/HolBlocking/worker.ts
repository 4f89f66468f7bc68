/// <reference lib="webworker" />
// Runs the head-of-line simulation off the main thread; replies with the request id.
import { type HolParams, simulateHol } from './simulate';

self.onmessage = (event: MessageEvent<{ id: number; params: HolParams }>) => {
  const { id, params } = event.data;
  try {
    self.postMessage({ id, result: simulateHol(params) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
