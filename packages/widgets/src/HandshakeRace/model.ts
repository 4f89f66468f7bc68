/** Pure model of the handshake race: round trips, expected time to first byte under loss, and a seeded simulation. */
import { createRng, quantiles } from '@confnotes/stats';
import {
  type Leg,
  MAX_RETRIES,
  type ProtocolDef,
  QUIC_INITIAL_PTO_MS,
  TCP_MIN_RTO_MS,
  TCP_RTO_AFTER_LOST_SYN_MS,
  type TimerKind,
} from './config';

/**
 * Timeout (ms) before a lost flight of a leg is sent again, for the first attempt.
 *
 * @param timer - which timer the leg uses
 * @param rttMs - round-trip time, ms (> 0)
 * @param hasRttSample - whether an earlier leg went through without a retransmission, so TCP
 *   has an RTT sample (Karn's algorithm, RFC 6298 §3, discards samples of retransmitted
 *   segments). Without one, a TCP leg after a lost SYN waits 3 s (RFC 6298 §5.7). Default true.
 */
export function timeoutMs(timer: TimerKind, rttMs: number, hasRttSample = true): number {
  switch (timer) {
    case 'tcp-initial':
      return TCP_MIN_RTO_MS;
    case 'tcp':
      return hasRttSample ? Math.max(TCP_MIN_RTO_MS, 3 * rttMs) : TCP_RTO_AFTER_LOST_SYN_MS;
    case 'quic-initial':
      return QUIC_INITIAL_PTO_MS;
    case 'quic':
      return 3 * rttMs;
  }
}

/** Probability that a leg needs a retry: its request or its answer is lost. */
export function legFailure(loss: number): number {
  return 1 - (1 - loss) * (1 - loss);
}

/** Time to first byte without loss: round trips × RTT. */
export function idealTtfb(protocol: ProtocolDef, rttMs: number): number {
  return protocol.legs.length * rttMs;
}

/**
 * Expected time to first byte (ms) when each flight is lost with probability `loss`.
 * A leg with k failed attempts costs T·(2^k − 1) + RTT, k geometric with failure q, so
 * E = RTT + E[T]·q/(1 − 2q), finite for q < 1/2 (loss < 29 %). A TCP leg j (j ≥ 2) has no
 * RTT sample when all j − 1 earlier legs were retried (probability q^(j−1), independent of leg
 * j's own losses), and then waits 3 s instead of max(1 s, 3·RTT).
 *
 * @param loss - per-flight loss probability in [0, 0.25]
 * @example
 * expectedTtfb(quic, 100, 0.1); // 200 + (999 + 300) · 0.19/0.62 ≈ 598.1
 */
export function expectedTtfb(protocol: ProtocolDef, rttMs: number, loss: number): number {
  const q = legFailure(loss);
  const extra = q / (1 - 2 * q);
  return protocol.legs.reduce((sum, leg, j) => {
    const noSample = q ** j;
    const timeout = (1 - noSample) * timeoutMs(leg.timer, rttMs, true) + noSample * timeoutMs(leg.timer, rttMs, false);
    return sum + rttMs + timeout * extra;
  }, 0);
}

/** One leg of one simulated connection: its time (ms) and whether it needed a retransmission. */
function simulateLeg(leg: Leg, rttMs: number, q: number, hasRttSample: boolean, rng: () => number) {
  const t0 = timeoutMs(leg.timer, rttMs, hasRttSample);
  let spent = 0;
  let retries = 0;
  for (; retries < MAX_RETRIES && rng() < q; retries++) spent += t0 * 2 ** retries;
  return { ms: spent + rttMs, retried: retries > 0 };
}

/**
 * Seeded Monte-Carlo of the time to first byte (ms), one value per trial.
 *
 * @param trials - number of simulated connections (≥ 1)
 * @param seed - seed of `createRng`; the same seed gives the same sample
 */
export function simulateTtfb(
  protocol: ProtocolDef,
  rttMs: number,
  loss: number,
  trials: number,
  seed: number,
): Float64Array {
  const rng = createRng(seed);
  const q = legFailure(loss);
  const out = new Float64Array(trials);
  for (let i = 0; i < trials; i++) {
    let t = 0;
    let hasRttSample = false;
    for (const leg of protocol.legs) {
      const { ms, retried } = simulateLeg(leg, rttMs, q, hasRttSample, rng);
      t += ms;
      hasRttSample ||= !retried;
    }
    out[i] = t;
  }
  return out;
}

export interface RaceRow {
  protocol: ProtocolDef;
  roundTrips: number;
  ideal: number;
  expected: number;
  p50: number;
  p95: number;
}

/** One row per protocol: ideal, expected and simulated median / 95th percentile TTFB (ms). */
export function race(
  list: readonly ProtocolDef[],
  rttMs: number,
  loss: number,
  trials: number,
  seed: number,
): RaceRow[] {
  return list.map((protocol, i) => {
    const sample = simulateTtfb(protocol, rttMs, loss, trials, seed + i);
    const [p50 = Number.NaN, p95 = Number.NaN] = quantiles(sample, [0.5, 0.95]);
    return {
      protocol,
      roundTrips: protocol.legs.length,
      ideal: idealTtfb(protocol, rttMs),
      expected: expectedTtfb(protocol, rttMs, loss),
      p50,
      p95,
    };
  });
}
