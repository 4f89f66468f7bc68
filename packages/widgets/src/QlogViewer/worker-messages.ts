import type { ParseProgress, ParseResult } from './types';

/**
 * What the qlog Worker posts back: progress while it reads and parses, then the result or the
 * reason it failed. The page posts it the File objects to read.
 */
export type WorkerAnswer =
  | { kind: 'progress'; progress: ParseProgress }
  | { kind: 'done'; result: ParseResult }
  | { kind: 'failed'; error: string };
