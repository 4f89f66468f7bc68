import Papa from 'papaparse';
import { ColumnBuilder, isHeader, type ParsedData } from './cells';

/** Characters that make papaparse read a line as more than one cell (quotes and the delimiters it guesses). */
const NOT_ONE_VALUE = /[",\t;|]/;

/** papaparse looks at this much text to guess the line break. */
const LINEBREAK_SAMPLE = 1024 * 1024;

/**
 * The fast path of {@link parseData} for the common upload, one number per line: no quotes and
 * no delimiter anywhere, so every line is one cell. It reads exactly what papaparse would (same
 * line break, guessed by papaparse itself; same header rule, row cap and line numbers) without
 * building an array per row, and returns null for any other text so the caller falls back to
 * papaparse. `body` is the text without its final line break.
 *
 * Complexity: O(length of the text), one substring per line.
 */
export function parseOneValuePerLine(body: string, maxRows: number): ParsedData | null {
  // papaparse drops a byte-order mark before it reads a string.
  const text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  if (NOT_ONE_VALUE.test(text)) return null;
  const linebreak = Papa.parse(text.slice(0, LINEBREAK_SAMPLE), { delimiter: ',', preview: 1 }).meta.linebreak;
  const lines = lineReader(text, linebreak, maxRows + 2);
  let line = lines.next();
  if (line === null) return null;
  const header = isHeader([line]);
  const builder = new ColumnBuilder(header && line.trim() ? line.trim() : 'Column 1');
  let lineNumber = 1;
  if (header) {
    line = lines.next();
    lineNumber = 2;
  }
  let rows = 0;
  while (line !== null && rows < maxRows) {
    const next = lines.next();
    // papaparse's caller drops a last empty row (a blank line at the very end of what was read).
    if (next === null && line === '') break;
    builder.add(line, lineNumber++);
    rows++;
    line = next;
  }
  const truncated = line !== null && !(line === '' && lines.next() === null);
  if (rows === 0 && !header) return null;
  return { format: 'one value per line', rows, columns: [builder.build()], truncated, errors: [] };
}

/** Lines of `text` split on `linebreak`, at most `limit` of them (null when there are no more). */
function lineReader(text: string, linebreak: string, limit: number): { next: () => string | null } {
  let position = 0;
  let read = 0;
  return {
    next() {
      if (position > text.length || read >= limit) return null;
      const at = text.indexOf(linebreak, position);
      const end = at === -1 ? text.length : at;
      const line = text.slice(position, end);
      position = at === -1 ? text.length + 1 : at + linebreak.length;
      read++;
      return line;
    },
  };
}
