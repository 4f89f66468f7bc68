import { useState } from 'preact/hooks';

export interface FileDropProps {
  /** Element id prefix (for the input's label). */
  id: string;
  /** Called with the chosen or dropped files. */
  onFiles: (files: File[]) => void;
  /** Disables the input while files are being parsed. Default: false. */
  busy?: boolean;
}

/** File input with a visible label, plus a drop zone around it for drag-and-drop. */
export function FileDrop({ id, onFiles, busy = false }: FileDropProps) {
  const [over, setOver] = useState(false);
  const inputId = `${id}-file`;
  return (
    <fieldset
      class={`qv-drop${over ? ' qv-drop-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = [...(event.dataTransfer?.files ?? [])];
        if (files.length > 0) onFiles(files);
      }}
    >
      <legend>Your own trace</legend>
      <label for={inputId}>
        Open your own qlog (.qlog or .sqlog, up to 50 MB; pick a client and a server trace together for both sides)
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".qlog,.sqlog,.json,.jsonl,.ndjson,.txt"
        disabled={busy}
        onChange={(event) => {
          const input = event.currentTarget;
          const files = [...(input.files ?? [])];
          if (files.length > 0) onFiles(files);
          input.value = '';
        }}
      />
      <p class="qv-drop-hint">…or drop the files here. They are read in your browser and never uploaded.</p>
    </fieldset>
  );
}
