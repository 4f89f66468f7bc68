import { filterRows, type RowFilter } from './filter';
import type { PacketRow } from './ladder-types';

/** Rows on one page of the ladder and the packets table. */
export const ROWS_PER_PAGE = 400;

/** Which rows of a connection the page wants to draw. */
export interface RowPageRequest {
  /** Index into the connections of the loaded data. */
  connection: number;
  filter: RowFilter;
  /** Index of the first matching row wanted (0-based); clamped to the last page. */
  offset: number;
}

/** One page of matching rows, and where it lies among all of them. */
export interface RowPage {
  /** At most {@link ROWS_PER_PAGE} rows, in ladder order. */
  rows: PacketRow[];
  /** How many rows pass the filters in the whole connection. */
  matching: number;
  /** Index of `rows[0]` among the matching rows (after clamping). */
  offset: number;
}

/** The first row index of the page that holds `offset`, kept within `0 … matching - 1`. */
export function pageStart(offset: number, matching: number): number {
  if (matching <= 0 || !Number.isFinite(offset) || offset <= 0) return 0;
  const lastStart = Math.floor((matching - 1) / ROWS_PER_PAGE) * ROWS_PER_PAGE;
  return Math.min(lastStart, Math.floor(offset / ROWS_PER_PAGE) * ROWS_PER_PAGE);
}

/**
 * The page of `rows` the request asks for: the rows that pass its filters, cut to one page.
 * Runs where the rows live (the Worker for the user's files), so only this page is posted.
 */
export function rowPage(rows: readonly PacketRow[], request: RowPageRequest): RowPage {
  const matching = filterRows(rows, request.filter);
  const offset = pageStart(request.offset, matching.length);
  return { rows: matching.slice(offset, offset + ROWS_PER_PAGE), matching: matching.length, offset };
}

/** "Rows 401–800 of 12,345" style position text for a page (1-based, inclusive). */
export function pagePosition(page: RowPage): string {
  if (page.matching === 0) return 'No rows';
  const fmt = (n: number) => n.toLocaleString('en-GB');
  return `Rows ${fmt(page.offset + 1)}–${fmt(page.offset + page.rows.length)} of ${fmt(page.matching)}`;
}
