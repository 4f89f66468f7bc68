export interface ModeSwitchProps {
  /** True in roast-session mode, false on the board. */
  session: boolean;
  /** Called with the mode picked. */
  onChange: (mode: 'board' | 'session') => void;
}

/** Two toggle buttons: the board, or the timed roast session. */
export function ModeSwitch({ session, onChange }: ModeSwitchProps) {
  return (
    <fieldset class="cn-row-actions rb-mode">
      <legend>Mode</legend>
      <button type="button" class="cn-button" aria-pressed={!session} onClick={() => onChange('board')}>
        Board
      </button>
      <button type="button" class="cn-button" aria-pressed={session} onClick={() => onChange('session')}>
        Roast session
      </button>
    </fieldset>
  );
}
