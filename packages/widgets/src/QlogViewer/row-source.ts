import { type RowPage, type RowPageRequest, rowPage } from './row-page';
import { outlineOf, type ViewerData, type ViewerOutline } from './views';
import type { QlogClient } from './worker-messages';

/**
 * Loaded qlog data as the page sees it: the outline (summaries, counts, frame types) and a way to
 * get one page of rows. With `local` the rows are on this thread (bundled examples, no Worker)
 * and a page is cut at once; otherwise they stay in the Worker and `ask` calls it.
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

/** The page a Worker source gives once it is closed, or when its Worker stopped. */
const NO_PAGE: RowPage = { rows: [], matching: 0, offset: 0 };

/**
 * A source whose rows stay in the Worker behind `client` (which has answered the files with
 * `outline`): each page is one call. After `close`, or if the Worker stops, pages are empty.
 */
export function workerSource(client: QlogClient, outline: ViewerOutline): RowSource {
  let closed = false;
  return {
    outline,
    local: null,
    ask: (request) => {
      if (closed) return Promise.resolve(NO_PAGE);
      return client.call({ kind: 'page', request }).then(
        (answer) => (answer.kind === 'page' ? answer.page : NO_PAGE),
        () => NO_PAGE,
      );
    },
    close: () => {
      closed = true;
      client.terminate();
    },
  };
}
