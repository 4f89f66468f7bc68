import { parseFiles } from './read-files';
import type { ParseResult } from './types';

interface WorkerAnswer {
  ok: boolean;
  result?: ParseResult;
  error?: string;
}

/**
 * Parses files in a Web Worker so a 50 MB trace does not freeze the page; falls back to the
 * main thread where Workers are unavailable (tests, old browsers) or fail to start.
 */
export function parseFilesOffThread(files: readonly File[]): Promise<ParseResult> {
  if (typeof Worker === 'undefined') return parseFiles(files);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseFiles(files);
  }
  return new Promise((resolve) => {
    const finish = (result: Promise<ParseResult> | ParseResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if (answer.ok && answer.result) finish(answer.result);
      else
        finish({
          traces: [],
          problems: [{ source: '', line: 0, message: `Parsing failed: ${answer.error ?? 'unknown error'}` }],
        });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(parseFiles(files));
    };
    worker.postMessage([...files]);
  });
}
