import { type ProgressListener, parseFiles } from './read-files';
import { failedSource, localSource, type RowSource, workerSource } from './row-source';
import { viewerData } from './views';
import type { WorkerAnswer, WorkerAsk } from './worker-messages';

function onThisThread(files: readonly File[], onProgress?: ProgressListener): Promise<RowSource> {
  return parseFiles(files, onProgress).then((result) => localSource(viewerData(result)));
}

/**
 * Opens the files in a Web Worker, passing its progress on, so a 50 MB trace does not freeze the
 * page; the Worker keeps the rows and the source asks it for one page at a time (close the source
 * to end it). Falls back to the main thread where Workers are unavailable (tests, old browsers)
 * or fail to start.
 */
export function parseFilesOffThread(files: readonly File[], onProgress?: ProgressListener): Promise<RowSource> {
  if (typeof Worker === 'undefined') return onThisThread(files, onProgress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onThisThread(files, onProgress);
  }
  return new Promise((resolve) => {
    const fail = (source: Promise<RowSource> | RowSource) => {
      worker.terminate();
      resolve(source);
    };
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if (answer.kind === 'progress') onProgress?.(answer.progress);
      else if (answer.kind === 'done') resolve(workerSource(worker, answer.outline));
      else if (answer.kind === 'failed') fail(failedSource(`Parsing failed: ${answer.error}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(onThisThread(files, onProgress));
    };
    worker.postMessage({ kind: 'files', files: [...files] } satisfies WorkerAsk);
  });
}
