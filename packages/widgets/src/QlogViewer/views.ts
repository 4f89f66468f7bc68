import { connectionViews } from './connections';
import { type EventCount, eventCounts } from './event-counts';
import { frameTypes } from './filter';
import type { Ladder, LadderSummary } from './ladder-types';
import { buildLadder } from './model';
import type { FileFormat, ParseProblem, ParseResult, QlogTrace } from './types';

/** A trace without its events: what the page shows about it. */
export type TraceInfo = Omit<QlogTrace, 'events'> & { eventCount: number };

/** One connection ready to draw: its traces, ladder and event counts. */
export interface ConnectionData {
  /** For the picker (see {@link connectionViews}). */
  label: string;
  traces: TraceInfo[];
  ladder: Ladder;
  counts: EventCount[];
}

/**
 * Everything the page draws, computed where the file was parsed (in the Worker for the user's
 * files) so the page receives rows and counts, not hundreds of thousands of raw events.
 */
export interface ViewerData {
  connections: ConnectionData[];
  problems: ParseProblem[];
  formats: FileFormat[];
}

const info = ({ events, ...rest }: QlogTrace): TraceInfo => ({ ...rest, eventCount: events.length });

/** Groups the parsed traces into connections and builds each one's ladder and event counts. */
export function viewerData(result: ParseResult): ViewerData {
  const connections = connectionViews(result.traces).map((view) => ({
    label: view.label,
    traces: view.traces.map(info),
    ladder: buildLadder(view.traces),
    counts: eventCounts(view.traces),
  }));
  return { connections, problems: result.problems, formats: result.formats };
}

/**
 * A connection without its rows: what the page shows around the ladder (summary, event counts,
 * frame types for the filter). The rows stay where they were built and are asked for a page at
 * a time (see row-page.ts).
 */
export interface ConnectionOutline {
  label: string;
  traces: TraceInfo[];
  summary: LadderSummary;
  counts: EventCount[];
  /** Frame types present in the rows, sorted (the frame filter's options). */
  frameTypes: string[];
  /** Number of rows in the whole ladder. */
  rowCount: number;
}

/** {@link ViewerData} with outlines instead of full connections: small enough to post at once. */
export interface ViewerOutline {
  connections: ConnectionOutline[];
  problems: ParseProblem[];
  formats: FileFormat[];
}

/** The outline of the data: everything but the rows. */
export function outlineOf(data: ViewerData): ViewerOutline {
  const connections = data.connections.map(({ label, traces, ladder, counts }) => ({
    label,
    traces,
    summary: ladder.summary,
    counts,
    frameTypes: frameTypes(ladder.rows),
    rowCount: ladder.rows.length,
  }));
  return { connections, problems: data.problems, formats: data.formats };
}
