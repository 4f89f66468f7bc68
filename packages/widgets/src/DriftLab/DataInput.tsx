import { useState } from 'preact/hooks';
import { Notices } from '../shared/Notices';
import { submit } from './client';
import { MAX_ROWS } from './config';
import { defaultColumn, MAX_TEXT, type ParsedData } from './parse';

/** One side's loaded data and the picked column. */
export interface LoadedSide {
  name: string;
  data: ParsedData;
  column: number | null;
}

export interface DataInputProps {
  /** Element id prefix. */
  id: string;
  /** Loaded reference and current data (null: not loaded). */
  reference: LoadedSide | null;
  current: LoadedSide | null;
  /** A side was loaded, re-picked or cleared. */
  onChange: (side: 'reference' | 'current', value: LoadedSide | null) => void;
}

const SIDES = [
  { key: 'reference', label: 'Reference data' },
  { key: 'current', label: 'Current data' },
] as const;

function Side({
  id,
  side,
  label,
  loaded,
  onChange,
}: {
  id: string;
  side: 'reference' | 'current';
  label: string;
  loaded: LoadedSide | null;
  onChange: DataInputProps['onChange'];
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');

  const load = async (name: string, source: Blob | string) => {
    const size = typeof source === 'string' ? source.length : source.size;
    if (size > MAX_TEXT) {
      setError(`${label}: ${name} is too large (${Math.round(size / 1e6)} MB, limit ${MAX_TEXT / 1024 / 1024} MiB).`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await submit({ type: 'parse', source });
      if (result.type !== 'parsed') return;
      const data = result.data;
      const column = defaultColumn(data);
      if (data.errors.length > 0 && data.columns.length === 0) setError(`${label}: ${data.errors.join(' ')}`);
      else if (column === null) setError(`${label}: ${name} has no column with numbers.`);
      onChange(side, { name, data, column });
    } catch (e) {
      setError(`${label}: ${name} could not be read (${e instanceof Error ? e.message : String(e)}).`);
    } finally {
      setBusy(false);
    }
  };

  const col = loaded && loaded.column !== null ? loaded.data.columns[loaded.column] : undefined;
  return (
    <fieldset
      class={`dl-drop${dragging ? ' dl-dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer?.files[0];
        if (file) void load(file.name, file);
      }}
    >
      <legend>{side === 'reference' ? 'Reference window' : 'Current window'}</legend>
      <label for={`${id}-${side}-file`}>{label}</label>
      <input
        id={`${id}-${side}-file`}
        type="file"
        accept=".csv,.tsv,.txt,.jsonl,.ndjson,text/csv,text/tab-separated-values,text/plain"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void load(file.name, file);
        }}
      />
      <p class="dl-hint">
        Or drop a file here (CSV, TSV or JSON lines, up to {MAX_ROWS.toLocaleString('en-GB')} rows).
      </p>
      <details>
        <summary>Paste instead</summary>
        <label for={`${id}-${side}-paste`}>{label} as text</label>
        <textarea
          id={`${id}-${side}-paste`}
          rows={4}
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
        <button
          type="button"
          class="cn-button"
          disabled={pasted.trim() === ''}
          onClick={() => void load('pasted text', pasted)}
        >
          Use pasted {side} data
        </button>
      </details>
      <p role="status" class="dl-hint">
        {busy ? 'Reading…' : ''}
      </p>
      <Notices errors={error ? [error] : []} />
      {loaded && (
        <div class="dl-loaded" data-side={side}>
          <p>
            {loaded.name}: {loaded.data.format}, {loaded.data.rows.toLocaleString('en-GB')} rows
            {loaded.data.truncated ? ` (only the first ${MAX_ROWS.toLocaleString('en-GB')} were read)` : ''}.
          </p>
          {loaded.data.columns.length > 1 && (
            <>
              <label for={`${id}-${side}-column`}>Column ({side})</label>
              <select
                id={`${id}-${side}-column`}
                value={loaded.column === null ? '' : String(loaded.column)}
                onChange={(e) => onChange(side, { ...loaded, column: Number(e.currentTarget.value) })}
              >
                {loaded.data.columns.map((c, i) => (
                  <option key={c.name} value={String(i)}>
                    {c.name} ({c.numbers.length.toLocaleString('en-GB')} numbers)
                  </option>
                ))}
              </select>
            </>
          )}
          {col && (
            <p>
              {col.numbers.length.toLocaleString('en-GB')} numbers, {col.empty.toLocaleString('en-GB')} empty cells
              (counted in the empty share, left out of the distributions), {col.bad.toLocaleString('en-GB')} unreadable.
            </p>
          )}
          {col && col.bad > 0 && (
            <div role="alert" class="cn-notice cn-notice-error">
              <p>
                {col.bad} row(s) in {loaded.name} are not numbers and were left out
                {col.bad > col.badRows.length ? ` (first ${col.badRows.length} shown)` : ''}:
              </p>
              <ul>
                {col.badRows.map((b) => (
                  <li key={b.line}>
                    line {b.line}: “{b.value}”
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button type="button" class="cn-button" onClick={() => onChange(side, null)}>
            Remove {side} data
          </button>
        </div>
      )}
    </fieldset>
  );
}

/** Two file inputs (also paste and drop) for the user's own reference and current data. */
export function DataInput({ id, reference, current, onChange }: DataInputProps) {
  return (
    <div class="dl-data">
      <p>
        <strong>Your data never leaves this browser:</strong> files are read and analysed on this device, in a
        background thread; nothing is uploaded and links do not carry the data.
      </p>
      <div class="dl-sides">
        {SIDES.map((s) => (
          <Side
            key={s.key}
            id={id}
            side={s.key}
            label={s.label}
            loaded={s.key === 'reference' ? reference : current}
            onChange={onChange}
          />
        ))}
      </div>
    </div>
  );
}
