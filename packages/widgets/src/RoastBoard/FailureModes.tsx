import { useState } from 'preact/hooks';
import { SelectField } from '../shared/SelectField';
import { TextField } from '../shared/TextField';
import { ElementOptions } from './ElementOptions';
import { addFailureMode, patchItem, removeFailureMode } from './edit';
import { FailureModeCard } from './FailureModeCard';
import { type Board, boardElements, elementName, LIMITS } from './schema';

export interface FailureModesProps {
  /** Id prefix of the widget. */
  id: string;
  /** The board. */
  board: Board;
  /** Applies an edit (typing). */
  update: (next: Board) => void;
  /** Applies a change that can be undone (adding, removing). */
  replace: (next: Board) => void;
  /** Reports what an action did, or why it was refused. */
  say: (message: string, isError?: boolean) => void;
}

/** Phase 2: for every box and line, what can go wrong, how likely, how far it reaches, who owns it. */
export function FailureModes({ id, board, update, replace, say }: FailureModesProps) {
  const [element, setElement] = useState('');
  const [mode, setMode] = useState('');
  const elements = boardElements(board);
  const add = () => {
    const result = addFailureMode(board, element, mode);
    if (typeof result === 'string') return say(result, true);
    replace(result);
    say(`Added the failure mode "${mode.trim()}" to ${elementName(board, element)}.`);
    setMode('');
  };

  return (
    <>
      <ul class="rb-cards">
        {board.failureModes.map((f, i) => (
          <li key={f.id}>
            <FailureModeCard
              id={id}
              board={board}
              elements={elements}
              failure={f}
              n={i + 1}
              patch={(p) => update(patchItem(board, 'failureModes', f.id, p))}
              remove={() => {
                replace(removeFailureMode(board, f.id));
                say(`Removed failure mode ${i + 1}.`);
              }}
            />
          </li>
        ))}
      </ul>
      <div class="cn-fields">
        <SelectField id={`${id}-new-fm-el`} label="Element that can fail" value={element} onChange={setElement}>
          <option value="">choose…</option>
          <ElementOptions elements={elements} />
        </SelectField>
        <TextField
          id={`${id}-new-fm`}
          label="What can go wrong"
          value={mode}
          maxLength={LIMITS.text}
          onInput={setMode}
        />
      </div>
      <button type="button" class="cn-button" onClick={add}>
        Add failure mode
      </button>
    </>
  );
}
