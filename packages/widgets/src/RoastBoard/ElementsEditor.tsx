import { useState } from 'preact/hooks';
import { addBox, addLine, patchItem, removeBox, removeLine } from './edit';
import { type Board, elementName, LIMITS } from './schema';

export interface ElementsEditorProps {
  /** Id prefix of the widget. */
  id: string;
  /** The board. */
  board: Board;
  /** Applies an edit (typing). */
  update: (next: Board) => void;
  /** Applies a change that can be undone (adding, removing). */
  replace: (next: Board) => void;
  /** Reports what an action did, or why it was refused (polite status / alert). */
  say: (message: string, isError?: boolean) => void;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** Phase 1: the components and connections of the service, edited as accessible lists. */
export function ElementsEditor({ id, board, update, replace, say }: ElementsEditorProps) {
  const [newBox, setNewBox] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [label, setLabel] = useState('');
  const apply = (result: Board | string, done: string) => {
    if (typeof result === 'string') return say(result, true);
    replace(result);
    say(done);
  };
  const boxOptions = board.boxes.map((b) => (
    <option key={b.id} value={b.id}>
      {b.name}
    </option>
  ));

  return (
    <div class="rb-columns">
      <fieldset class="cn-fieldset">
        <legend>Components ({board.boxes.length})</legend>
        <ul class="rb-list">
          {board.boxes.map((b, i) => (
            <li key={b.id} class="rb-row">
              <label for={`${id}-${b.id}`}>Component {i + 1}</label>
              <input
                id={`${id}-${b.id}`}
                type="text"
                maxLength={LIMITS.name}
                value={b.name}
                onInput={(e) => update(patchItem(board, 'boxes', b.id, { name: value(e) }))}
              />
              <button
                type="button"
                class="cn-button"
                onClick={() =>
                  apply(removeBox(board, b.id), `Removed ${b.name} with its connections and failure modes.`)
                }
              >
                Remove<span class="sr-only"> {b.name}</span>
              </button>
            </li>
          ))}
        </ul>
        <div class="rb-row">
          <label for={`${id}-new-box`}>New component</label>
          <input
            id={`${id}-new-box`}
            type="text"
            maxLength={LIMITS.name}
            value={newBox}
            onInput={(e) => setNewBox(value(e))}
          />
          <button
            type="button"
            class="cn-button"
            onClick={() => {
              apply(addBox(board, newBox), `Added ${newBox.trim()}.`);
              setNewBox('');
            }}
          >
            Add component
          </button>
        </div>
      </fieldset>
      <fieldset class="cn-fieldset">
        <legend>Connections ({board.lines.length})</legend>
        <ul class="rb-list">
          {board.lines.map((l, i) => (
            <li key={l.id} class="rb-row">
              <label for={`${id}-${l.id}`}>
                {i + 1}. {elementName(board, l.id)}
              </label>
              <input
                id={`${id}-${l.id}`}
                type="text"
                maxLength={LIMITS.name}
                value={l.label}
                placeholder="what flows"
                onInput={(e) => update(patchItem(board, 'lines', l.id, { label: value(e) }))}
              />
              <button
                type="button"
                class="cn-button"
                onClick={() => apply(removeLine(board, l.id), `Removed the connection ${elementName(board, l.id)}.`)}
              >
                Remove<span class="sr-only"> connection {elementName(board, l.id)}</span>
              </button>
            </li>
          ))}
        </ul>
        <div class="rb-row">
          <label for={`${id}-from`}>From</label>
          <select id={`${id}-from`} value={from} onChange={(e) => setFrom(value(e))}>
            <option value="">choose…</option>
            {boxOptions}
          </select>
          <label for={`${id}-to`}>To</label>
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(value(e))}>
            <option value="">choose…</option>
            {boxOptions}
          </select>
          <label for={`${id}-line-label`}>Label</label>
          <input
            id={`${id}-line-label`}
            type="text"
            maxLength={LIMITS.name}
            value={label}
            onInput={(e) => setLabel(value(e))}
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
      </fieldset>
    </div>
  );
}
