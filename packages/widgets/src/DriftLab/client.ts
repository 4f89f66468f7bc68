import { runTask, type Task, type TaskResult } from './tasks';

type Reply = { id: number; ok: true; result: TaskResult } | { id: number; ok: false; error: string };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: TaskResult) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') {
    worker = null;
    return worker;
  }
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.result);
      else p.reject(new Error(reply.error));
    };
    worker.onerror = () => {
      for (const p of pending.values()) p.reject(new Error('The background worker stopped.'));
      pending.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Runs a task in the Drift Lab worker, or on the main thread where there is none (tests, old browsers). */
export function submit(task: Task): Promise<TaskResult> {
  const w = getWorker();
  if (!w) return runTask(task);
  const id = nextId++;
  return new Promise<TaskResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, task });
  });
}
