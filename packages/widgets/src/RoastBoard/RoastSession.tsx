import { useEffect, useRef, useState } from 'preact/hooks';
import { MetricReadout } from '../shared/MetricReadout';
import { NumberField } from '../shared/NumberField';
import { GroundRules } from './GroundRules';
import { SessionControls } from './SessionControls';
import { type Board, boardElements, elementName } from './schema';
import { announcement, clock, elapsed, goTo, INITIAL_TIMER, pause, start, type TimerState } from './session';

export interface RoastSessionProps {
  /** Id prefix of the widget. */
  id: string;
  /** The board being roasted. */
  board: Board;
  /** Minutes per element. */
  minutes: number;
  /** Changes the minutes per element. */
  setMinutes: (minutes: number) => void;
}

/** Roast-session mode: the ground rules and a timer that walks every element of the board. */
export function RoastSession({ id, board, minutes, setMinutes }: RoastSessionProps) {
  const elements = boardElements(board).map((e) => e.id);
  const [timer, setTimer] = useState<TimerState>(INITIAL_TIMER);
  const [now, setNow] = useState(0);
  const [spoken, setSpoken] = useState('');
  const last = useRef(0);
  const limit = minutes * 60_000;
  const current = elements[timer.index];
  const name = current ? elementName(board, current) : 'nothing (the board is empty)';

  useEffect(() => {
    if (timer.runningSince === null) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [timer.runningSince]);

  const spent = elapsed(timer, now);
  useEffect(() => {
    const said = announcement(last.current, spent, limit, name);
    if (said) setSpoken(said);
    last.current = spent;
  }, [spent, limit, name]);

  const act = (f: (t: TimerState, at: number) => TimerState, message?: string) => {
    const at = Date.now();
    setNow(at);
    setTimer((t) => f(t, at));
    if (message) setSpoken(message);
  };
  const move = (index: number) => {
    const next = elements[Math.min(Math.max(0, index), elements.length - 1)];
    act((t, at) => goTo(t, index, elements.length, at), next ? `Now roasting ${elementName(board, next)}.` : undefined);
    last.current = 0;
  };
  const count = board.failureModes.filter((f) => f.elementId === current).length;

  return (
    <div class="rb-session">
      <GroundRules />
      <NumberField
        id={`${id}-minutes`}
        label="Minutes per element"
        value={minutes}
        min={1}
        max={60}
        step={1}
        onChange={setMinutes}
      />
      <p>
        Element {Math.min(timer.index + 1, elements.length)} of {elements.length}:{' '}
        <MetricReadout as="strong" name="rb-session-element" value={current ?? ''}>
          {name}
        </MetricReadout>{' '}
        ({count} failure modes recorded)
      </p>
      <MetricReadout
        as="p"
        class="rb-clock"
        role="timer"
        aria-label={`Time left for ${name}`}
        name="rb-session-left"
        value={limit - spent}
      >
        {clock(limit - spent)}
      </MetricReadout>
      <SessionControls
        running={timer.runningSince !== null}
        index={timer.index}
        count={elements.length}
        onStart={() => act(start, `Timer started for ${name}.`)}
        onPause={() => act(pause, 'Timer paused.')}
        onMove={move}
      />
      <p role="status" class="rb-spoken">
        {spoken}
      </p>
    </div>
  );
}
