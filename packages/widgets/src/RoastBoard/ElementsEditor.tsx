import { ComponentsFieldset } from './ComponentsFieldset';
import { ConnectionsFieldset } from './ConnectionsFieldset';
import type { Board } from './schema';

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

/** Phase 1: the components and connections of the service, edited as accessible lists. */
export function ElementsEditor({ id, board, update, replace, say }: ElementsEditorProps) {
  const apply = (result: Board | string, done: string) => {
    if (typeof result === 'string') return say(result, true);
    replace(result);
    say(done);
  };
  return (
    <div class="rb-columns">
      <ComponentsFieldset id={id} board={board} update={update} apply={apply} />
      <ConnectionsFieldset id={id} board={board} update={update} apply={apply} />
    </div>
  );
}
