/// <reference lib="webworker" />
import { serveWorker } from '../shared/worker/host';
import { runTask } from './tasks';

/** The Drift Lab's statistics worker: presets, false alarms and the report on uploaded columns. */
serveWorker(runTask);
