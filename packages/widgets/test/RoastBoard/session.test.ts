import { describe, expect, it } from 'vitest';
import { announcement, clock, elapsed, goTo, INITIAL_TIMER, pause, start } from '../../src/RoastBoard/session';

describe('roast-session timer (injected clock)', () => {
  it('counts only running time across start/pause', () => {
    let t = start(INITIAL_TIMER, 1000);
    expect(elapsed(t, 61_000)).toBe(60_000);
    t = pause(t, 31_000);
    expect(elapsed(t, 999_999)).toBe(30_000);
    t = start(t, 100_000);
    expect(elapsed(t, 110_000)).toBe(40_000);
    expect(start(t, 120_000)).toBe(t); // starting twice changes nothing
  });

  it('next/previous reset the clock, keep it running, and clamp to the list', () => {
    const running = start(INITIAL_TIMER, 0);
    const next = goTo(running, 1, 3, 5000);
    expect(next).toEqual({ index: 1, runningSince: 5000, elapsedMs: 0 });
    expect(goTo(next, 7, 3, 6000).index).toBe(2);
    expect(goTo(pause(next, 6000), -1, 3, 7000)).toEqual({ index: 0, runningSince: null, elapsedMs: 0 });
  });

  it('announces whole minutes left and time up, not every second', () => {
    const limit = 5 * 60_000;
    expect(announcement(0, 1000, limit, 'API')).toBeNull();
    expect(announcement(59_000, 60_000, limit, 'API')).toBe('4 minutes left for API.'); // exactly 4:00 left
    expect(announcement(60_000, 61_000, limit, 'API')).toBeNull();
    expect(announcement(239_000, 240_000, limit, 'API')).toBe('1 minute left for API.');
    expect(announcement(299_500, 300_500, limit, 'API')).toBe('Time is up for API.');
    expect(announcement(301_000, 302_000, limit, 'API')).toBeNull();
  });

  it('formats mm:ss and overtime', () => {
    expect(clock(300_000)).toBe('05:00');
    expect(clock(61_999)).toBe('01:01');
    expect(clock(-5_000)).toBe('+00:05');
  });
});
