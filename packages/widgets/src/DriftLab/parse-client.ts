import { createWorkerClient } from '../shared/worker/client';
import type { ParsedData } from './parse';
import { type ParseRequest, parseFile } from './parse-file';
import type { ReadProgress } from './read-source';

/**
 * Reads and parses one file in a worker of its own (started for this file and ended after it),
 * so the reference and the current file are parsed at the same time off the main thread; inline
 * where no worker starts (jsdom, old browsers). Rejects with a `WorkerCallError` whose message
 * says what went wrong.
 */
export async function readInWorker(
  source: Blob | string,
  onProgress: (progress: ReadProgress) => void,
): Promise<ParsedData> {
  const client = createWorkerClient<ParseRequest, ParsedData, ReadProgress>({
    name: 'drift lab file reader',
    create: () => new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' }),
    inline: parseFile,
  });
  try {
    return await client.call({ source }, { onProgress });
  } finally {
    client.terminate();
  }
}
