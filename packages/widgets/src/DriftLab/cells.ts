/** One column of uploaded or pasted data, reduced to what the metrics need. */
export interface ParsedColumn {
  name: string;
  /** The finite numbers, in file order. */
  numbers: Float64Array;
  /** Empty cells: they count toward the empty share and are left out of the distributions. */
  empty: number;
  /** Cells that are neither empty nor a number. */
  bad: number;
  /** The first bad cells, with their 1-based line number in the file. */
  badRows: { line: number; value: string }[];
}

export interface ParsedData {
  format: 'CSV' | 'TSV' | 'semicolon-separated' | 'JSON lines' | 'one value per line';
  /** Data rows (header excluded). */
  rows: number;
  columns: ParsedColumn[];
  /** More than `maxRows` rows: the rest was not read. */
  truncated: boolean;
  /** Problems with the file as a whole (nothing usable, unreadable JSON lines…). */
  errors: string[];
}

const BAD_ROWS_KEPT = 10;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

type Cell = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'bad'; raw: string };

/** One cell: blank → empty, a plain decimal number → number, anything else → bad. */
export function parseCell(raw: unknown): Cell {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'bad', raw: String(raw) };
  const s = String(raw).trim();
  if (s === '') return { kind: 'empty' };
  if (NUMBER.test(s)) {
    const value = Number(s);
    if (Number.isFinite(value)) return { kind: 'number', value };
  }
  return { kind: 'bad', raw: s.length > 40 ? `${s.slice(0, 40)}…` : s };
}

/** A header row: some cell is neither empty nor a number. */
export function isHeader(row: readonly string[]): boolean {
  return row.some((cell) => parseCell(cell).kind === 'bad');
}

/** Collects one column's cells into numbers (a growing `Float64Array`), empty and bad counts. */
export class ColumnBuilder {
  private values = new Float64Array(1024);
  private count = 0;
  empty = 0;
  bad = 0;
  badRows: { line: number; value: string }[] = [];
  constructor(readonly name: string) {}

  /** Adds one cell read from 1-based `line`. */
  add(raw: unknown, line: number): void {
    const cell = parseCell(raw);
    if (cell.kind === 'number') this.push(cell.value);
    else if (cell.kind === 'empty') this.empty++;
    else {
      this.bad++;
      if (this.badRows.length < BAD_ROWS_KEPT) this.badRows.push({ line, value: cell.raw });
    }
  }

  /** The column; its numbers are a copy trimmed to length (their buffer can be transferred). */
  build(): ParsedColumn {
    return {
      name: this.name,
      numbers: this.values.slice(0, this.count),
      empty: this.empty,
      bad: this.bad,
      badRows: this.badRows,
    };
  }

  private push(value: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = value;
  }
}
