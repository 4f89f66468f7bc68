import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { MAX_ROWS } from './config';

export interface FileDropProps {
  /** Element id prefix: the widget id and the side ("drift-lab-reference"). */
  id: string;
  /** The group's legend ("Reference window"). */
  legend: string;
  /** The file input's visible label ("Reference data"). */
  label: string;
  /** Called with a chosen or dropped file. */
  onFile: (file: File) => void;
  /** What follows the picker: paste box, progress, errors, the loaded summary. */
  children?: ComponentChildren;
}

/** A fieldset that takes a file from its labelled file input or from a drop anywhere on it. */
export function FileDrop({ id, legend, label, onFile, children }: FileDropProps) {
  const [dragging, setDragging] = useState(false);
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
        if (file) onFile(file);
      }}
    >
      <legend>{legend}</legend>
      <label for={`${id}-file`}>{label}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,.tsv,.txt,.jsonl,.ndjson,text/csv,text/tab-separated-values,text/plain"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
        }}
      />
      <p class="dl-hint">
        Or drop a file here (CSV, TSV or JSON lines, up to {MAX_ROWS.toLocaleString('en-GB')} rows).
      </p>
      {children}
    </fieldset>
  );
}
