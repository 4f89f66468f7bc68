import { createWorkerClient } from '../shared/worker/client';
import { WorkerCallError } from '../shared/worker/protocol';
import { type ProgressListener, parseFiles } from './read-files';
import { failedSource, localSource, type RowSource, workerSource } from './row-source';
import type { ParseProgress } from './types';
import { viewerData } from './views';
import type { QlogClient, QlogRequest, QlogResult } from './worker-messages';

function onThisThread(files: readonly File[], onProgress?: ProgressListener): Promise<RowSource> {
  return parseFiles(files, onProgress).then((result) => localSource(viewerData(result)));
}

/** A new qlog Worker (one per set of files, as it keeps their rows); no inline handler, see below. */
function startClient(): QlogClient {
  return createWorkerClient<QlogRequest, QlogResult, ParseProgress>({
    name: 'qlog viewer',
    create: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  });
}

/**
 * Opens the files in a Web Worker, passing its progress on, so a 50 MB trace does not freeze the
 * page; the Worker keeps the rows and the source asks it for one page at a time (close the source
 * to end it). A file the Worker cannot parse gives a source showing why. Falls back to the main
 * thread where Workers are unavailable (tests, old browsers) or fail to start.
 */
export function parseFilesOffThread(files: readonly File[], onProgress?: ProgressListener): Promise<RowSource> {
  const client = startClient();
  return client.call({ kind: 'files', files: [...files] }, { onProgress }).then(
    (answer) => {
      if (answer.kind === 'outline') return workerSource(client, answer.outline);
      client.terminate();
      return failedSource('Parsing failed: the Worker answered the files with a page');
    },
    (error: unknown) => {
      client.terminate();
      if (error instanceof WorkerCallError && error.code === 'task-failed') {
        return failedSource(`Parsing failed: ${error.message}`);
      }
      return onThisThread(files, onProgress);
    },
  );
}
