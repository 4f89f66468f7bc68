/** Data shapes shared by the qlog parser, the ladder model and the views. */

/** Which endpoint wrote a trace. */
export type Vantage = 'client' | 'server' | 'unknown';

/** One qlog event, normalised across qlog 0.2–0.4 layouts. */
export interface QlogEvent {
  /** Milliseconds since the trace's first event (relative, on this trace's own clock). */
  time: number;
  /** Category, e.g. "transport", "quic", "recovery", "http". */
  category: string;
  /** Event type without namespace, e.g. "packet_sent". */
  type: string;
  /** The event's `data` object (empty object when absent). */
  data: Record<string, unknown>;
  /** 1-based line in the source text where the event starts. */
  line: number;
}

/** One endpoint's trace. */
export interface QlogTrace {
  /** File name (or example id) the trace came from. */
  source: string;
  /** Title from the file, or the source name. */
  title: string;
  /** Who wrote it; "unknown" when the file does not say. */
  vantage: Vantage;
  /** qlog_version from the file ("unknown" when absent). */
  version: string;
  events: QlogEvent[];
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
}
