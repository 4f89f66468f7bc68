import { createWorkerClient } from '../shared/worker/client';
import { runTask, type Task, type TaskResult } from './tasks';

const client = createWorkerClient<Task, TaskResult>({
  name: 'drift lab',
  create: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  inline: runTask,
});

/**
 * Runs a task in the Drift Lab worker, or on the main thread where there is none (tests, old
 * browsers). Rejects with a `WorkerCallError` whose message says what failed.
 */
export function submit(task: Task): Promise<TaskResult> {
  return client.call(task);
}
