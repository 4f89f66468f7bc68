/// <reference lib="webworker" />
import { serveWorker } from '../shared/worker/host';
import type { ParseProgress } from './types';
import { createQlogHandler } from './worker-handler';
import type { QlogRequest, QlogResult } from './worker-messages';

// Parses qlog files off the main thread and keeps their rows; see worker-handler.ts.
serveWorker<QlogRequest, QlogResult, ParseProgress>(createQlogHandler());
