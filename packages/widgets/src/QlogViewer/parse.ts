import { isRecord, normaliseTimes, timeFormatOf, toEvent, vantageOf } from './event';
import type { ParseProblem, ParseResult, QlogEvent, QlogTrace } from './types';

/** Largest file the viewer opens (bytes). */
export const MAX_QLOG_BYTES = 50 * 1024 * 1024;
/** At most this many problems are listed one by one; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

const RECORD_SEPARATOR = '\u001e';

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 80 ? `${message.slice(0, 80)}…` : message;
}

class ProblemList {
  readonly items: ParseProblem[] = [];
  private extra = 0;
  constructor(private readonly source: string) {}
  add(line: number, message: string) {
    if (this.items.length < MAX_LISTED_PROBLEMS) this.items.push({ source: this.source, line, message });
    else this.extra++;
  }
  done(): ParseProblem[] {
    if (this.extra > 0) this.items.push({ source: this.source, line: 0, message: `${this.extra} more problems` });
    return this.items;
  }
}

/** Splits a JSON-SEQ (RFC 7464) or newline-delimited text into records with their start lines. */
function records(text: string, separator: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf(separator, start);
    if (end === -1) end = text.length;
    const chunk = text.slice(start, end);
    const lead = chunk.length - chunk.trimStart().length;
    const body = chunk.trim();
    if (body !== '') out.push({ text: body, line: line + countNewlines(chunk, lead) });
    line += countNewlines(chunk, chunk.length) + (separator === '\n' ? 1 : 0);
    start = end + 1;
  }
  return out;
}

function countNewlines(text: string, upTo: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < upTo; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function parseSequence(text: string, source: string, separator: string): ParseResult {
  const problems = new ProblemList(source);
  let header: Record<string, unknown> = {};
  let version = 'unknown';
  const events: QlogEvent[] = [];
  for (const record of records(text, separator)) {
    let json: unknown;
    try {
      json = JSON.parse(record.text);
    } catch (error) {
      problems.add(record.line, `line ${record.line}: not valid JSON (${shortReason(error)})`);
      continue;
    }
    if (isRecord(json) && ('qlog_version' in json || 'qlog_format' in json || 'file_schema' in json)) {
      header = isRecord(json.trace) ? json.trace : {};
      version = typeof json.qlog_version === 'string' ? json.qlog_version : version;
      continue;
    }
    const event = toEvent(json, record.line);
    if (typeof event === 'string') problems.add(record.line, `line ${record.line}: ${event}`);
    else events.push(event);
  }
  normaliseTimes(events, timeFormatOf(header));
  const title = typeof header.title === 'string' ? header.title : source;
  const trace: QlogTrace = { source, title, vantage: vantageOf(header, source), version, events };
  return { traces: events.length > 0 ? [trace] : [], problems: problems.done() };
}

function parseContained(json: Record<string, unknown>, source: string): ParseResult {
  const problems = new ProblemList(source);
  const version = typeof json.qlog_version === 'string' ? json.qlog_version : 'unknown';
  const traces: QlogTrace[] = [];
  const rawTraces = Array.isArray(json.traces) ? json.traces : [];
  if (rawTraces.length === 0) problems.add(0, 'the file has no "traces" array with events');
  rawTraces.forEach((raw, index) => {
    if (!isRecord(raw) || !Array.isArray(raw.events)) {
      problems.add(0, `trace ${index + 1} has no "events" array, so it is skipped`);
      return;
    }
    const fields = Array.isArray(raw.event_fields) ? raw.event_fields.map(String) : undefined;
    const events: QlogEvent[] = [];
    raw.events.forEach((item: unknown, i: number) => {
      const event = toEvent(item, 0, fields);
      if (typeof event === 'string') problems.add(0, `trace ${index + 1}, event ${i + 1}: ${event}`);
      else events.push(event);
    });
    normaliseTimes(events, timeFormatOf(raw));
    const title = typeof raw.title === 'string' ? raw.title : `${source} #${index + 1}`;
    traces.push({ source, title, vantage: vantageOf(raw, source), version, events });
  });
  return { traces, problems: problems.done() };
}

function firstLineIsJson(text: string): boolean {
  const end = text.indexOf('\n');
  if (end < 0) return false;
  try {
    return isRecord(JSON.parse(text.slice(0, end)));
  } catch {
    return false;
  }
}

/** Line of a JSON.parse error, from "position N" (V8 in Node) or "line N column M" (newer V8). */
function errorLine(text: string, message: string): number {
  const explicit = /line (\d+) column/.exec(message);
  if (explicit) return Number(explicit[1]);
  const at = /position (\d+)/.exec(message);
  return at ? lineAt(text, Number(at[1])) : 0;
}

/**
 * Parses a qlog file: contained JSON (`.qlog`, `traces: [...]`), JSON-SEQ (`.sqlog`, RFC 7464
 * record separators) or newline-delimited JSON. Never throws; malformed records are reported
 * with their 1-based line numbers and the rest of the file is still returned.
 *
 * @param text - the file's text
 * @param source - file name or example id, used in messages and to guess the vantage point
 */
export function parseQlog(text: string, source: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes(RECORD_SEPARATOR)) return parseSequence(body, source, RECORD_SEPARATOR);
  const trimmed = body.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    const what = trimmed === '' ? 'is empty' : 'does not start with "{"';
    return { traces: [], problems: [{ source, line: 0, message: `this is not a qlog file: it ${what}` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    if (firstLineIsJson(trimmed)) return parseSequence(body, source, '\n');
    const line = errorLine(body, shortReason(error));
    const where = line > 0 ? `line ${line}: ` : '';
    return { traces: [], problems: [{ source, line, message: `${where}not valid JSON (${shortReason(error)})` }] };
  }
  if (isRecord(json) && Array.isArray(json.traces)) return parseContained(json, source);
  if (isRecord(json) && toEvent(json, 1) instanceof Object) return parseSequence(body, source, '\n');
  return { traces: [], problems: [{ source, line: 0, message: 'this JSON is not a qlog file (no "traces")' }] };
}
