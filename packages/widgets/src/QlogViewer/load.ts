import { type ProgressListener, parseFiles } from './read-files';
import type { ParseResult } from './types';
import type { WorkerAnswer } from './worker-messages';

/**
 * Parses files in a Web Worker so a 50 MB trace does not freeze the page, passing its progress
 * on; falls back to the main thread where Workers are unavailable (tests, old browsers) or fail
 * to start.
 */
export function parseFilesOffThread(files: readonly File[], onProgress?: ProgressListener): Promise<ParseResult> {
  if (typeof Worker === 'undefined') return parseFiles(files, onProgress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseFiles(files, onProgress);
  }
  return new Promise((resolve) => {
    const finish = (result: Promise<ParseResult> | ParseResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if (answer.kind === 'progress') onProgress?.(answer.progress);
      else if (answer.kind === 'done') finish(answer.result);
      else
        finish({
          traces: [],
          problems: [{ source: '', line: 0, message: `Parsing failed: ${answer.error}` }],
          formats: [],
        });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(parseFiles(files, onProgress));
    };
    worker.postMessage([...files]);
  });
}
