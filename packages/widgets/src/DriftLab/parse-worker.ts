/// <reference lib="webworker" />
import { serveWorker } from '../shared/worker/host';
import { parseFile } from './parse-file';

/** One of the Drift Lab's file readers: each file gets its own, so two files are read at the same time. */
serveWorker(parseFile);
