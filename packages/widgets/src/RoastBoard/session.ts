/**
 * The roast-session timer as a pure state machine: the view passes clock readings in (`now`,
 * milliseconds), so elapsed time is computed here and tested with made-up clocks.
 */

/** Timer state: which element is being roasted and how long it has been discussed. */
export interface TimerState {
  /** Index into the session's element list. */
  index: number;
  /** Clock reading when the timer was last started; null while paused. */
  runningSince: number | null;
  /** Milliseconds accumulated on this element before `runningSince`. */
  elapsedMs: number;
}

export const INITIAL_TIMER: TimerState = { index: 0, runningSince: null, elapsedMs: 0 };

/** Milliseconds spent on the current element at clock reading `now`. */
export function elapsed(s: TimerState, now: number): number {
  return s.elapsedMs + (s.runningSince === null ? 0 : Math.max(0, now - s.runningSince));
}

export function start(s: TimerState, now: number): TimerState {
  return s.runningSince === null ? { ...s, runningSince: now } : s;
}

export function pause(s: TimerState, now: number): TimerState {
  return s.runningSince === null ? s : { ...s, runningSince: null, elapsedMs: elapsed(s, now) };
}

/** Moves to element `index` (clamped to the list), with a fresh clock that keeps running if it was. */
export function goTo(s: TimerState, index: number, count: number, now: number): TimerState {
  const clamped = Math.min(Math.max(0, index), Math.max(0, count - 1));
  return { index: clamped, elapsedMs: 0, runningSince: s.runningSince === null ? null : now };
}

/**
 * A polite announcement when the remaining time crosses a whole minute or runs out between two
 * clock readings, else null — so screen readers hear "2 minutes left", not every second.
 */
export function announcement(beforeMs: number, afterMs: number, limitMs: number, element: string): string | null {
  if (afterMs <= beforeMs) return null;
  if (beforeMs < limitMs && afterMs >= limitMs) return `Time is up for ${element}.`;
  const minutesLeft = (ms: number) => Math.ceil((limitMs - ms) / 60_000);
  const before = minutesLeft(beforeMs);
  const after = minutesLeft(afterMs);
  if (afterMs < limitMs && after < before) return `${after} minute${after === 1 ? '' : 's'} left for ${element}.`;
  return null;
}

/** "mm:ss" of a millisecond count (negative values print as "+mm:ss" overtime). */
export function clock(ms: number): string {
  const over = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000);
  const text = `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  return over ? `+${text}` : text;
}
