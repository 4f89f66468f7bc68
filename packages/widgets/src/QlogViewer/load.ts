import { type ProgressListener, parseFiles } from './read-files';
import { type ViewerData, viewerData } from './views';
import type { WorkerAnswer } from './worker-messages';

function onThisThread(files: readonly File[], onProgress?: ProgressListener): Promise<ViewerData> {
  return parseFiles(files, onProgress).then(viewerData);
}

/**
 * The connections and ladders of the files, computed in a Web Worker so a 50 MB trace does not
 * freeze the page, passing its progress on; falls back to the main thread where Workers are
 * unavailable (tests, old browsers) or fail to start.
 */
export function parseFilesOffThread(files: readonly File[], onProgress?: ProgressListener): Promise<ViewerData> {
  if (typeof Worker === 'undefined') return onThisThread(files, onProgress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onThisThread(files, onProgress);
  }
  return new Promise((resolve) => {
    const finish = (result: Promise<ViewerData> | ViewerData) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if (answer.kind === 'progress') onProgress?.(answer.progress);
      else if (answer.kind === 'done') finish(answer.data);
      else
        finish({
          connections: [],
          problems: [{ source: '', line: 0, message: `Parsing failed: ${answer.error}` }],
          formats: [],
        });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(onThisThread(files, onProgress));
    };
    worker.postMessage([...files]);
  });
}
