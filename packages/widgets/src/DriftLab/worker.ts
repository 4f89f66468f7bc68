/// <reference lib="webworker" />
import { runTask, type Task } from './tasks';

/** The Drift Lab's worker: one task per message, answered with the same id. */
self.onmessage = async (event: MessageEvent<{ id: number; task: Task }>) => {
  const { id, task } = event.data;
  try {
    const result = await runTask(task);
    self.postMessage({ id, ok: true, result });
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
