import { SAMPLE_BOARD } from './sample';
import { type Board, EMPTY_BOARD } from './schema';

export interface BoardActionsProps {
  /** Applies a change that can be undone. */
  replace: (next: Board) => void;
  /** Undoes the last change; null when there is nothing to undo. */
  undo: (() => void) | null;
  /** Reports what an action did. */
  say: (message: string) => void;
}

/** Start from the sample, start empty, or undo the last change. */
export function BoardActions({ replace, undo, say }: BoardActionsProps) {
  const start = (board: Board, message: string) => {
    replace(board);
    say(message);
  };
  return (
    <div class="cn-row-actions">
      <button
        type="button"
        class="cn-button"
        onClick={() => start(SAMPLE_BOARD, 'Loaded the sample model-serving service.')}
      >
        Start from the sample
      </button>
      <button type="button" class="cn-button" onClick={() => start(EMPTY_BOARD, 'Started an empty board.')}>
        Start an empty board
      </button>
      <button
        type="button"
        class="cn-button"
        disabled={!undo}
        onClick={() => {
          undo?.();
          say('Undid the last change.');
        }}
      >
        Undo last change
      </button>
    </div>
  );
}
