import { formatNumber } from '../shared/format';
import { type ReadEvent, toEvent } from './event';
import { lineAt, splitRecords } from './records';
import { buildTraces, eventFieldsOf } from './trace-builder';
import type { Layout, ParseProblem, ParseResult, QlogTrace } from './types';
import { isRecord } from './values';
import { isHeader, type QlogVersion, versionOf } from './version';

/** Largest file the viewer opens (bytes). */
export const MAX_QLOG_BYTES = 50 * 1024 * 1024;
/** Most events read from one file; the rest are counted in a message. */
export const MAX_QLOG_EVENTS = 500_000;
/** At most this many problems are listed one by one; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;
/** Progress is reported once per this many events. */
const PROGRESS_EVERY = 4096;

const RECORD_SEPARATOR = '\u001e';

/** Called with the share of the file parsed so far (0 to 1). */
export type ProgressCallback = (fraction: number) => void;

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

const tooMany = (n: number) =>
  `the file holds ${formatNumber(n)} events; the viewer reads the first ${formatNumber(MAX_QLOG_EVENTS)}`;

function refusal(source: string, message: string): ParseResult {
  return { traces: [], problems: [{ source, line: 0, message }], formats: [] };
}

function result(source: string, version: QlogVersion, layout: Layout, traces: QlogTrace[], problems: ProblemList) {
  return {
    traces,
    problems: problems.done(),
    formats: [{ source, version: version.label, layout, traces: traces.length }],
  };
}

function parseSequence(text: string, source: string, layout: Layout, onProgress?: ProgressCallback): ParseResult {
  const problems = new ProblemList(source);
  const all = splitRecords(text, layout === 'JSON-SEQ' ? RECORD_SEPARATOR : '\n');
  let version: QlogVersion | null = null;
  let trace: Record<string, unknown> = {};
  const read: ReadEvent[] = [];
  for (let i = 0; i < all.length; i++) {
    const record = all[i] as (typeof all)[number];
    if (i % PROGRESS_EVERY === 0) onProgress?.(i / all.length);
    let json: unknown;
    try {
      json = JSON.parse(record.text);
    } catch (error) {
      problems.add(record.line, `line ${record.line}: not valid JSON (${shortReason(error)})`);
      continue;
    }
    if (isRecord(json) && isHeader(json) && version === null && read.length === 0) {
      const found = versionOf(json);
      if (typeof found === 'string') return refusal(source, found);
      version = found;
      trace = isRecord(json.trace) ? json.trace : {};
      continue;
    }
    if (read.length >= MAX_QLOG_EVENTS) {
      problems.add(0, tooMany(all.length));
      break;
    }
    const event = toEvent(json, record.line, eventFieldsOf(trace));
    if (typeof event === 'string') problems.add(record.line, `line ${record.line}: ${event}`);
    else read.push(event);
  }
  const known = version ?? (versionOf({}) as QlogVersion);
  const built = buildTraces(trace, read, { source, version: known, fallbackTitle: source });
  for (const p of built.problems) problems.add(0, p);
  onProgress?.(1);
  return result(source, known, layout, read.length > 0 ? built.traces : [], problems);
}

/** True for the empty `[]` / `{}` the drafts let a streaming writer close its last event with. */
const isTerminator = (item: unknown) =>
  (Array.isArray(item) && item.length === 0) || (isRecord(item) && Object.keys(item).length === 0);

function parseContained(json: Record<string, unknown>, source: string, onProgress?: ProgressCallback): ParseResult {
  const version = versionOf(json);
  if (typeof version === 'string') return refusal(source, version);
  const problems = new ProblemList(source);
  const traces: QlogTrace[] = [];
  const rawTraces = Array.isArray(json.traces) ? json.traces : [];
  if (rawTraces.length === 0) problems.add(0, 'the file has no "traces" array with events');
  const total = rawTraces.reduce(
    (n: number, t) => n + (isRecord(t) && Array.isArray(t.events) ? t.events.length : 0),
    0,
  );
  let budget = MAX_QLOG_EVENTS;
  let done = 0;
  rawTraces.forEach((raw, index) => {
    if (isRecord(raw) && typeof raw.error_description === 'string') {
      problems.add(0, `trace ${index + 1} is an error entry: ${raw.error_description.slice(0, 120)}`);
      return;
    }
    if (!isRecord(raw) || !Array.isArray(raw.events)) {
      problems.add(0, `trace ${index + 1} has no "events" array, so it is skipped`);
      return;
    }
    const fields = eventFieldsOf(raw);
    const read: ReadEvent[] = [];
    const items = raw.events.slice(0, Math.max(0, budget));
    if (items.length < raw.events.length) problems.add(0, tooMany(total));
    budget -= items.length;
    items.forEach((item: unknown, i: number) => {
      if (++done % PROGRESS_EVERY === 0) onProgress?.(done / total);
      if (i === items.length - 1 && isTerminator(item)) return;
      const event = toEvent(item, 0, fields);
      if (typeof event === 'string') problems.add(0, `trace ${index + 1}, event ${i + 1}: ${event}`);
      else read.push(event);
    });
    const fallbackTitle = `${source} #${index + 1}`;
    const built = buildTraces(raw, read, { source, version, fallbackTitle });
    for (const p of built.problems) problems.add(0, `trace ${index + 1}: ${p}`);
    traces.push(...built.traces);
  });
  onProgress?.(1);
  return result(source, version, 'JSON', traces, problems);
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
 * Parses a qlog file of any version the viewer reads (see README.md): contained JSON
 * (`traces: [...]`), JSON-SEQ (RFC 7464 record separators) or newline-delimited JSON. Never
 * throws; malformed records are reported with their 1-based line numbers and the rest of the file
 * is still returned. A version it cannot read is refused with a sentence naming it.
 *
 * @param text - the file's text
 * @param source - file name or example id, used in messages and to guess the vantage point
 * @param onProgress - called now and then with the share parsed (0 to 1)
 */
export function parseQlog(text: string, source: string, onProgress?: ProgressCallback): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes(RECORD_SEPARATOR)) return parseSequence(body, source, 'JSON-SEQ', onProgress);
  const trimmed = body.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    const what = trimmed === '' ? 'is empty' : 'does not start with "{"';
    return refusal(source, `this is not a qlog file: it ${what}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    if (firstLineIsJson(trimmed)) return parseSequence(body, source, 'NDJSON', onProgress);
    const line = errorLine(body, shortReason(error));
    const where = line > 0 ? `line ${line}: ` : '';
    const message = `${where}not valid JSON (${shortReason(error)})`;
    return { traces: [], problems: [{ source, line, message }], formats: [] };
  }
  if (isRecord(json) && Array.isArray(json.traces)) return parseContained(json, source, onProgress);
  if (isRecord(json) && (isHeader(json) || typeof toEvent(json, 1) !== 'string')) {
    return parseSequence(body, source, 'NDJSON', onProgress);
  }
  return refusal(source, 'this JSON is not a qlog file (no "traces")');
}
