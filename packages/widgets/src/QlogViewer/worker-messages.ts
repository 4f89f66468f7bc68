import type { WorkerClient } from '../shared/worker/client';
import type { RowPage, RowPageRequest } from './row-page';
import type { ParseProgress } from './types';
import type { ViewerOutline } from './views';

/**
 * What the page asks the qlog Worker, through the shared worker protocol: first to read the File
 * objects, then, once that answered, as many pages of rows as it likes.
 */
export type QlogRequest = { kind: 'files'; files: File[] } | { kind: 'page'; request: RowPageRequest };

/**
 * What the qlog Worker answers: the outline of what the files hold (connections, summaries,
 * counts; see views.ts) for `files`, one page of rows for `page`. The rows themselves stay in the
 * Worker, so no answer is large. While it reads and parses it reports {@link ParseProgress}.
 */
export type QlogResult = { kind: 'outline'; outline: ViewerOutline } | { kind: 'page'; page: RowPage };

/** The page's line to one qlog Worker (one per set of opened files; it holds their rows). */
export type QlogClient = WorkerClient<QlogRequest, QlogResult, ParseProgress>;
