import type { ParseProgress } from './types';
import type { ViewerData } from './views';

/**
 * What the qlog Worker posts back: progress while it reads and parses, then what the page draws
 * (connections with their ladders, see views.ts) or the reason it failed. The page posts it the File objects to read.
 */
export type WorkerAnswer =
  | { kind: 'progress'; progress: ParseProgress }
  | { kind: 'done'; data: ViewerData }
  | { kind: 'failed'; error: string };
