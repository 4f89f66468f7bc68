/** Data shapes shared by the qlog parser, the ladder model and the views. */

/**
 * Whose point of view a trace's `packet_sent` / `packet_received` events take: the endpoint that
 * wrote it, or for a network capture the side named by `vantage_point.flow`.
 */
export type Vantage = 'client' | 'server' | 'unknown';

/** How the file is laid out on disk (see README.md, "Layouts"). */
export type Layout = 'JSON' | 'JSON-SEQ' | 'NDJSON';

/** One qlog event, normalised across every qlog version the viewer reads. */
export interface QlogEvent {
  /** Milliseconds since the trace's first event, on this trace's own clock (see README.md, "Time"). */
  time: number;
  /** Category in lower case, e.g. "transport", "quic", "recovery", "http". */
  category: string;
  /** Event type in lower case without namespace, e.g. "packet_sent". */
  type: string;
  /** The event's `data` object (empty object when absent); packet fields normalised to numbers. */
  data: Record<string, unknown>;
  /** 1-based line in the source text where the event starts; 0 inside contained JSON. */
  line: number;
}

/** One trace: the events of one connection seen from one vantage point. */
export interface QlogTrace {
  /** File name (or example id) the trace came from. */
  source: string;
  /** Title from the file, or the source name. */
  title: string;
  /** Whose sent/received semantics the events follow; "unknown" when neither the file nor its name says. */
  vantage: Vantage;
  /** How the vantage was found, for the user: "client", "network, client flow", "guessed from the file name". */
  vantageHow: string;
  /** True when the trace was captured on the path (`vantage_point.type` "network"). */
  network: boolean;
  /** Version label, e.g. "draft-01", "0.3", "file_schema sequential" (see version.ts). */
  version: string;
  /** Connection id: `group_id` or ODCID of the trace's events, null when the file gives none. */
  group: string | null;
  events: QlogEvent[];
}

/** What was detected in one file: shown to the user as "qlog draft-01, JSON, 2 traces". */
export interface FileFormat {
  source: string;
  /** Version label (see version.ts). */
  version: string;
  layout: Layout;
  /** Traces read from the file, after splitting by connection. */
  traces: number;
}

/** A part of the input that could not be used; the rest is still shown. */
export interface ParseProblem {
  source: string;
  /** 1-based line number, 0 when the problem concerns the whole file. */
  line: number;
  message: string;
}

export interface ParseResult {
  traces: QlogTrace[];
  problems: ParseProblem[];
  /** One entry per file whose version and layout were recognised. */
  formats: FileFormat[];
}

/** Progress of reading and parsing, posted by the Worker. */
export interface ParseProgress {
  /** File being worked on. */
  source: string;
  phase: 'reading' | 'parsing';
  /** 0 to 1 within this phase. */
  fraction: number;
}
