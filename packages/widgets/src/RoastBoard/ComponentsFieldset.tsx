import { useState } from 'preact/hooks';
import { eventValue } from '../shared/event-value';
import { addBox, patchItem, removeBox } from './edit';
import { type Board, type Box, LIMITS } from './schema';

export interface ComponentsFieldsetProps {
  /** Id prefix of the widget. */
  id: string;
  /** The board. */
  board: Board;
  /** Applies an edit (typing). */
  update: (next: Board) => void;
  /** Applies an undoable change, or reports why it was refused; then says `done`. */
  apply: (result: Board | string, done: string) => void;
}

/** One component: its name, editable, and a remove button. */
function ComponentRow({ id, board, update, apply, box, n }: ComponentsFieldsetProps & { box: Box; n: number }) {
  return (
    <li class="rb-row">
      <label for={`${id}-${box.id}`}>Component {n}</label>
      <input
        id={`${id}-${box.id}`}
        type="text"
        maxLength={LIMITS.name}
        value={box.name}
        onInput={(e) => update(patchItem(board, 'boxes', box.id, { name: eventValue(e) }))}
      />
      <button
        type="button"
        class="cn-button"
        onClick={() => apply(removeBox(board, box.id), `Removed ${box.name} with its connections and failure modes.`)}
      >
        Remove<span class="sr-only"> {box.name}</span>
      </button>
    </li>
  );
}

/** The service's components: rename, remove, add. */
export function ComponentsFieldset(props: ComponentsFieldsetProps) {
  const { id, board, apply } = props;
  const [newBox, setNewBox] = useState('');
  return (
    <fieldset class="cn-fieldset">
      <legend>Components ({board.boxes.length})</legend>
      <ul class="rb-list">
        {board.boxes.map((b, i) => (
          <ComponentRow key={b.id} {...props} box={b} n={i + 1} />
        ))}
      </ul>
      <div class="rb-row">
        <label for={`${id}-new-box`}>New component</label>
        <input
          id={`${id}-new-box`}
          type="text"
          maxLength={LIMITS.name}
          value={newBox}
          onInput={(e) => setNewBox(eventValue(e))}
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
  );
}
