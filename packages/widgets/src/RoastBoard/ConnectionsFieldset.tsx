import { useState } from 'preact/hooks';
import { eventValue } from '../shared/event-value';
import type { ComponentsFieldsetProps } from './ComponentsFieldset';
import { ElementOptions } from './ElementOptions';
import { addLine, patchItem, removeLine } from './edit';
import { type Board, elementName, LIMITS, type Line } from './schema';

/** Same props as the components list: the board, its edits and the reporter. */
export type ConnectionsFieldsetProps = ComponentsFieldsetProps;

/** One connection: its label, editable, and a remove button. */
function ConnectionRow({ id, board, update, apply, line, n }: ConnectionsFieldsetProps & { line: Line; n: number }) {
  const name = elementName(board, line.id);
  return (
    <li class="rb-row">
      <label for={`${id}-${line.id}`}>
        {n}. {name}
      </label>
      <input
        id={`${id}-${line.id}`}
        type="text"
        maxLength={LIMITS.name}
        value={line.label}
        placeholder="what flows"
        onInput={(e) => update(patchItem(board, 'lines', line.id, { label: eventValue(e) }))}
      />
      <button
        type="button"
        class="cn-button"
        onClick={() => apply(removeLine(board, line.id), `Removed the connection ${name}.`)}
      >
        Remove<span class="sr-only"> connection {name}</span>
      </button>
    </li>
  );
}

/** A component drop-down for one end of a new connection. */
function EndSelect({
  id,
  label,
  board,
  value,
  onChange,
}: {
  id: string;
  label: string;
  board: Board;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(eventValue(e))}>
        <option value="">choose…</option>
        <ElementOptions elements={board.boxes} />
      </select>
    </>
  );
}

/** The row that adds a connection: from, to, label. */
function NewConnection({ id, board, apply }: ConnectionsFieldsetProps) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [label, setLabel] = useState('');
  return (
    <div class="rb-row">
      <EndSelect id={`${id}-from`} label="From" board={board} value={from} onChange={setFrom} />
      <EndSelect id={`${id}-to`} label="To" board={board} value={to} onChange={setTo} />
      <label for={`${id}-line-label`}>Label</label>
      <input
        id={`${id}-line-label`}
        type="text"
        maxLength={LIMITS.name}
        value={label}
        onInput={(e) => setLabel(eventValue(e))}
      />
      <button
        type="button"
        class="cn-button"
        onClick={() => {
          apply(addLine(board, from, to, label), 'Added the connection.');
          setLabel('');
        }}
      >
        Add connection
      </button>
    </div>
  );
}

/** The service's connections: relabel, remove, add. */
export function ConnectionsFieldset(props: ConnectionsFieldsetProps) {
  const { board } = props;
  return (
    <fieldset class="cn-fieldset">
      <legend>Connections ({board.lines.length})</legend>
      <ul class="rb-list">
        {board.lines.map((l, i) => (
          <ConnectionRow key={l.id} {...props} line={l} n={i + 1} />
        ))}
      </ul>
      <NewConnection {...props} />
    </fieldset>
  );
}
