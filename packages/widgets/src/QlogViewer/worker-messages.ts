import type { RowPage, RowPageRequest } from './row-page';
import type { ParseProgress } from './types';
import type { ViewerOutline } from './views';

/**
 * What the page posts the qlog Worker: first the File objects to read, then, once it answered
 * `done`, as many page requests as it likes (each with an `id` echoed in the answer, so the page
 * can drop answers to requests it has since replaced).
 */
export type WorkerAsk = { kind: 'files'; files: File[] } | { kind: 'page'; id: number; request: RowPageRequest };

/**
 * What the qlog Worker posts back: progress while it reads and parses, then the outline of what
 * it found (connections, summaries, counts; see views.ts) or the reason it failed, then one
 * `page` per page request. The rows themselves stay in the Worker, so no answer is large.
 */
export type WorkerAnswer =
  | { kind: 'progress'; progress: ParseProgress }
  | { kind: 'done'; outline: ViewerOutline }
  | { kind: 'failed'; error: string }
  | { kind: 'page'; id: number; page: RowPage };
