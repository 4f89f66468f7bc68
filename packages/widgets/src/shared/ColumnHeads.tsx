import type { ComponentChildren } from 'preact';

export interface ColumnHeadsProps {
  /**
   * The column headings, left to right: plain text, or markup such as an `<abbr>` or an
   * `sr-only` span for a column of buttons. Their order is the order of the cells below.
   */
  columns: readonly ComponentChildren[];
}

/**
 * A table's `<thead>` with one row of column headers, each `scope="col"` so screen readers
 * announce the heading with every cell under it (WCAG 1.3.1). One piece instead of the same
 * header row written out in every table.
 *
 * @example
 * <table><ColumnHeads columns={['Metric', 'Value']} /><tbody>…</tbody></table>
 * // <thead><tr><th scope="col">Metric</th><th scope="col">Value</th></tr></thead>
 */
export function ColumnHeads({ columns }: ColumnHeadsProps) {
  return (
    <thead>
      <tr>
        {/* The columns are a fixed list: a heading's position is its identity. */}
        {columns.map((heading, index) => (
          <th key={index} scope="col">
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}
