import { type RowPage, type RowPageRequest, rowPage } from './row-page';
import { outlineOf, type ViewerData, type ViewerOutline } from './views';
import type { WorkerAnswer, WorkerAsk } from './worker-messages';

/**
 * Loaded qlog data as the page sees it: the outline (summaries, counts, frame types) and a way to
 * get one page of rows. With `local` the rows are on this thread (bundled examples, no Worker)
 * and a page is cut at once; otherwise they stay in the Worker and `ask` posts a request.
 */
export interface RowSource {
  outline: ViewerOutline;
  /** The full data when it lives on this thread; null when the Worker holds it. */
  local: ViewerData | null;
  /** One page of rows (answered by the Worker, or at once for local data). */
  ask: (request: RowPageRequest) => Promise<RowPage>;
  /** Ends the Worker holding the rows, if any. */
  close: () => void;
}

/** The rows of `request.connection`, or none when there is no such connection. */
function rowsOf(data: ViewerData, connection: number) {
  return data.connections[connection]?.ladder.rows ?? [];
}

/** A page cut on this thread, from data parsed here (small examples, or where Workers are missing). */
export function pageOf(data: ViewerData, request: RowPageRequest): RowPage {
  return rowPage(rowsOf(data, request.connection), request);
}

/** A source whose rows are on this thread. */
export function localSource(data: ViewerData): RowSource {
  return {
    outline: outlineOf(data),
    local: data,
    ask: (request) => Promise.resolve(pageOf(data, request)),
    close: () => {},
  };
}

/** A source with nothing to draw but one problem to show (a file that could not be read). */
export function failedSource(message: string): RowSource {
  return localSource({ connections: [], problems: [{ source: '', line: 0, message }], formats: [] });
}

/**
 * A source whose rows stay in `worker` (which has answered `done` with `outline`): each request
 * is posted with a fresh id and resolved by the `page` answer carrying that id.
 */
export function workerSource(worker: Worker, outline: ViewerOutline): RowSource {
  const waiting = new Map<number, (page: RowPage) => void>();
  let nextId = 0;
  worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    if (answer.kind !== 'page') return;
    waiting.get(answer.id)?.(answer.page);
    waiting.delete(answer.id);
  };
  return {
    outline,
    local: null,
    ask: (request) =>
      new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        worker.postMessage({ kind: 'page', id, request } satisfies WorkerAsk);
      }),
    close: () => {
      worker.terminate();
      for (const resolve of waiting.values()) resolve({ rows: [], matching: 0, offset: 0 });
      waiting.clear();
    },
  };
}
