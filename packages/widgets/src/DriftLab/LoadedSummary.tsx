import type { ParsedColumn } from './cells';
import { MAX_ROWS } from './config';
import type { LoadedSide } from './DataInput';

const count = (n: number) => n.toLocaleString('en-GB');

export interface LoadedSummaryProps {
  /** Element id prefix: the widget id and the side ("drift-lab-reference"). */
  id: string;
  side: 'reference' | 'current';
  loaded: LoadedSide;
  /** A column was picked or the data removed (null). */
  onChange: (value: LoadedSide | null) => void;
}

/** What was read from one side's file: format and rows, the column picker, counts, bad rows, a remove button. */
export function LoadedSummary({ id, side, loaded, onChange }: LoadedSummaryProps) {
  const { data } = loaded;
  const col = loaded.column !== null ? data.columns[loaded.column] : undefined;
  return (
    <div class="dl-loaded" data-side={side}>
      <p>
        {loaded.name}: {data.format}, {count(data.rows)} rows
        {data.truncated ? ` (only the first ${count(MAX_ROWS)} were read)` : ''}.
      </p>
      {data.columns.length > 1 && (
        <>
          <label for={`${id}-column`}>Column ({side})</label>
          <select
            id={`${id}-column`}
            value={loaded.column === null ? '' : String(loaded.column)}
            onChange={(e) => onChange({ ...loaded, column: Number(e.currentTarget.value) })}
          >
            {data.columns.map((c, i) => (
              <option key={c.name} value={String(i)}>
                {c.name} ({count(c.numbers.length)} numbers)
              </option>
            ))}
          </select>
        </>
      )}
      {col && (
        <p>
          {count(col.numbers.length)} numbers, {count(col.empty)} empty cells (counted in the empty share, left out of
          the distributions), {count(col.bad)} unreadable.
        </p>
      )}
      {col && col.bad > 0 && <BadRows fileName={loaded.name} column={col} />}
      <button type="button" class="cn-button" onClick={() => onChange(null)}>
        Remove {side} data
      </button>
    </div>
  );
}

/** The alert listing a column's unreadable cells with their line numbers. */
function BadRows({ fileName, column }: { fileName: string; column: ParsedColumn }) {
  return (
    <div role="alert" class="cn-notice cn-notice-error">
      <p>
        {column.bad} row(s) in {fileName} are not numbers and were left out
        {column.bad > column.badRows.length ? ` (first ${column.badRows.length} shown)` : ''}:
      </p>
      <ul>
        {column.badRows.map((b) => (
          <li key={b.line}>
            line {b.line}: “{b.value}”
          </li>
        ))}
      </ul>
    </div>
  );
}
