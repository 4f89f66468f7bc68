export interface SessionControlsProps {
  /** Whether the timer runs. */
  running: boolean;
  /** Index of the element being roasted, 0-based. */
  index: number;
  /** Number of elements on the board. */
  count: number;
  /** Starts the timer. */
  onStart: () => void;
  /** Pauses the timer. */
  onPause: () => void;
  /** Moves to the element at this index. */
  onMove: (index: number) => void;
}

/** Start or pause the timer, and step to the previous or next element. */
export function SessionControls({ running, index, count, onStart, onPause, onMove }: SessionControlsProps) {
  return (
    <div class="cn-row-actions">
      {running ? (
        <button type="button" class="cn-button" onClick={onPause}>
          Pause timer
        </button>
      ) : (
        <button type="button" class="cn-button" disabled={count === 0} onClick={onStart}>
          Start timer
        </button>
      )}
      <button type="button" class="cn-button" disabled={index === 0} onClick={() => onMove(index - 1)}>
        Previous element
      </button>
      <button type="button" class="cn-button" disabled={index >= count - 1} onClick={() => onMove(index + 1)}>
        Next element
      </button>
    </div>
  );
}
