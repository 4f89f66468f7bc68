import Papa from 'papaparse';
import { ColumnBuilder, isHeader, type ParsedColumn, type ParsedData } from './cells';
import { MAX_ROWS } from './config';
import { parseOneValuePerLine } from './one-value-per-line';

export type { ParsedColumn, ParsedData } from './cells';
export { parseCell } from './cells';

/** Longest text accepted (characters); about 1,000,000 rows of a few columns. */
export const MAX_TEXT = 64 * 1024 * 1024;

function parseJsonLines(lines: string[], maxRows: number): ParsedData {
  const builders = new Map<string, ColumnBuilder>();
  const errors: string[] = [];
  let unreadable = 0;
  let rows = 0;
  const column = (name: string) => {
    let b = builders.get(name);
    if (!b) {
      if (builders.size >= 50) return null;
      b = new ColumnBuilder(name);
      for (let r = 0; r < rows; r++) b.empty++;
      builders.set(name, b);
    }
    return b;
  };
  for (let i = 0; i < lines.length && rows < maxRows; i++) {
    const text = (lines[i] as string).trim();
    if (text === '' && i === lines.length - 1) break;
    let json: unknown;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      unreadable++;
      if (unreadable <= 3) errors.push(`Line ${i + 1} is not valid JSON: "${text.slice(0, 40)}".`);
      continue;
    }
    const record: Record<string, unknown> =
      typeof json === 'object' && json !== null && !Array.isArray(json)
        ? (json as Record<string, unknown>)
        : { value: json };
    for (const name of Object.keys(record)) column(name);
    for (const [name, b] of builders) b.add(record[name], i + 1);
    rows++;
  }
  if (unreadable > 3) errors.push(`${unreadable} lines in all are not valid JSON and were skipped.`);
  return {
    format: 'JSON lines',
    rows,
    columns: [...builders.values()].map((b) => b.build()),
    truncated: rows >= maxRows && lines.length > maxRows,
    errors,
  };
}

/**
 * Reads CSV, TSV, semicolon-separated text or JSON lines into numeric columns. Never throws:
 * problems come back as `errors` and per-column bad cells with line numbers. Text of one value
 * per line (no quotes, no delimiters) takes a fast path that reads the same as papaparse.
 */
export function parseData(text: string, maxRows = MAX_ROWS): ParsedData {
  if (text.length > MAX_TEXT) return emptyData(`The data is too large (${text.length} characters, limit ${MAX_TEXT}).`);
  const start = text.trimStart();
  if (start === '') return emptyData('The data is empty.');
  if (start.startsWith('{')) return parseJsonLines(text.split(/\r?\n/), maxRows);
  // A final newline would count as one more (one-field) row and spoil delimiter guessing.
  const body = text.replace(/\r?\n$/, '');
  return parseOneValuePerLine(body, maxRows) ?? parseDelimited(body, maxRows);
}

/** No usable rows, and why. */
export function emptyData(error: string): ParsedData {
  return { format: 'CSV', rows: 0, columns: [], truncated: false, errors: [error] };
}

/**
 * The general path: papaparse guesses the delimiter and line break and handles quotes. `body`
 * is the text without its final line break; the first row is a header when a cell is not a number.
 */
export function parseDelimited(body: string, maxRows = MAX_ROWS): ParsedData {
  const result = Papa.parse<string[]>(body, {
    delimiter: '',
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
    preview: maxRows + 2,
  });
  const data = result.data;
  if (data.length > 0 && data[data.length - 1]?.length === 1 && data[data.length - 1]?.[0] === '') data.pop();
  if (data.length === 0) return emptyData('The data is empty.');
  const first = data[0] as string[];
  const header = isHeader(first);
  const width = Math.min(50, Math.max(...data.slice(0, 100).map((r) => r.length)));
  const names = Array.from({ length: width }, (_, c) =>
    header && first[c]?.trim() ? (first[c] as string).trim() : `Column ${c + 1}`,
  );
  const builders = names.map((n) => new ColumnBuilder(n));
  const startRow = header ? 1 : 0;
  const end = Math.min(data.length, startRow + maxRows);
  for (let r = startRow; r < end; r++) {
    const row = data[r] as string[];
    for (let c = 0; c < width; c++) (builders[c] as ColumnBuilder).add(row[c], r + 1);
  }
  const d = result.meta.delimiter;
  const format = width === 1 ? 'one value per line' : d === '\t' ? 'TSV' : d === ';' ? 'semicolon-separated' : 'CSV';
  return {
    format,
    rows: end - startRow,
    columns: builders.map((b) => b.build()),
    truncated: data.length > end,
    errors: [],
  };
}

/** The column picked automatically: the first one holding mostly numbers, or null. */
export function defaultColumn(data: ParsedData): number | null {
  const i = data.columns.findIndex((c) => c.numbers.length > 0 && c.numbers.length >= c.bad);
  return i === -1 ? null : i;
}

/** A column as the raw sample the drift report expects: numbers, null per empty cell, a string per bad cell. */
export function rawColumn(col: ParsedColumn): (number | null | string)[] {
  const out: (number | null | string)[] = Array.from(col.numbers);
  for (let i = 0; i < col.empty; i++) out.push(null);
  for (let i = 0; i < col.bad; i++) out.push('bad');
  return out;
}
