export interface ConnectionPickerProps {
  /** Element id prefix (for the select's id). */
  id: string;
  /** Connections found in the files (their picker labels), see connections.ts. */
  views: readonly { label: string }[];
  /** Index of the connection shown. */
  selected: number;
  /** Called with the index the user picks. */
  onSelect: (index: number) => void;
}

/** A labelled menu of the connections in the user's files; shown only when there are several. */
export function ConnectionPicker({ id, views, selected, onSelect }: ConnectionPickerProps) {
  if (views.length < 2) return null;
  return (
    <p class="qv-picker">
      <label for={`${id}-connection`}>Connection ({views.length} in your files; one is drawn at a time)</label>
      <select
        id={`${id}-connection`}
        value={String(selected)}
        onChange={(e) => onSelect(Number(e.currentTarget.value))}
      >
        {views.map((view, i) => (
          <option key={String(i)} value={String(i)}>
            {view.label}
          </option>
        ))}
      </select>
    </p>
  );
}
