import { useEffect, useRef, useState } from 'preact/hooks';
import { NumberField } from '../shared/NumberField';
import { type Board, elementName } from './schema';
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

/** Ground rules after Welch, "How to Improve Your Service by Roasting It" (SREcon16 Europe). */
const RULES = [
  'A safe setting: we roast the service, never the people. What is said here stays blameless.',
  'An impartial moderator runs the session and keeps time; not the service owner.',
  'A fixed process: every box and every line gets its turn. For each: what can go wrong, how far does it reach, how likely is it?',
  'A fixed meeting structure: big picture first, then the roast, then owners for the backlog.',
];

/** Roast-session mode: the ground rules and a timer that walks every element of the board. */
export function RoastSession({ id, board, minutes, setMinutes }: RoastSessionProps) {
  const elements = [...board.boxes.map((b) => b.id), ...board.lines.map((l) => l.id)];
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
      <h4>Ground rules</h4>
      <ol>
        {RULES.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ol>
      <p class="rb-legend">
        After Jake Welch (Microsoft), "How to Improve Your Service by Roasting It", SREcon16 Europe, who warns it is
        high-risk: run it only after thinking carefully about the teams involved.
      </p>
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
        <strong data-metric="rb-session-element" data-value={current ?? ''}>
          {name}
        </strong>{' '}
        ({count} failure modes recorded)
      </p>
      <p
        class="rb-clock"
        role="timer"
        aria-label={`Time left for ${name}`}
        data-metric="rb-session-left"
        data-value={String(limit - spent)}
      >
        {clock(limit - spent)}
      </p>
      <div class="cn-row-actions">
        {timer.runningSince === null ? (
          <button
            type="button"
            class="cn-button"
            disabled={elements.length === 0}
            onClick={() => act(start, `Timer started for ${name}.`)}
          >
            Start timer
          </button>
        ) : (
          <button type="button" class="cn-button" onClick={() => act(pause, 'Timer paused.')}>
            Pause timer
          </button>
        )}
        <button type="button" class="cn-button" disabled={timer.index === 0} onClick={() => move(timer.index - 1)}>
          Previous element
        </button>
        <button
          type="button"
          class="cn-button"
          disabled={timer.index >= elements.length - 1}
          onClick={() => move(timer.index + 1)}
        >
          Next element
        </button>
      </div>
      <p role="status" class="rb-spoken">
        {spoken}
      </p>
    </div>
  );
}
