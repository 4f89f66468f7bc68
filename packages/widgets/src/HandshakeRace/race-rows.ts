import { buildTimeOnce } from '../shared/build-time-once';
import { protocols } from './config';
import { race } from './model';
import { TRIALS } from './state';

/**
 * The race table for the widget's controls (loss in percent). The static build computes each
 * setting once, however many pages embed the widget (see buildTimeOnce).
 */
export function raceRows(rttMs: number, lossPercent: number, seed: number): ReturnType<typeof race> {
  return buildTimeOnce(`handshake-race:${rttMs}:${lossPercent}:${seed}`, () =>
    race(protocols, rttMs, lossPercent / 100, TRIALS, seed),
  );
}
