/// <reference lib="webworker" />
import { serveWorker } from '../shared/worker/host';
import { type SimParams, type SimResult, simulate } from './model';

/** The simulator's worker: one simulation per call. */
serveWorker<SimParams, SimResult>(simulate);
