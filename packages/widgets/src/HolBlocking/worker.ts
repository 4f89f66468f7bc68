/// <reference lib="webworker" />
// Runs the head-of-line simulation off the main thread, one run per call.
import { serveWorker } from '../shared/worker/host';
import { type HolParams, type HolResult, simulateHol } from './simulate';

serveWorker<HolParams, HolResult>(simulateHol);
