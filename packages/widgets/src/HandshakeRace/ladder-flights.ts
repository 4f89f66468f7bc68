/** Pure layout of a ladder diagram: one arrow per flight, timed for the loss-free case. */
import type { ProtocolDef } from './config';

export interface Flight {
  /** 1-based order of the flight. */
  step: number;
  from: 'client' | 'server';
  label: string;
  /** Send and arrival times, ms after the client's first packet. */
  sentAt: number;
  arrivesAt: number;
}

/** The flights of a loss-free handshake: each leg is client → server (½ RTT) then server → client (½ RTT). */
export function ladderFlights(protocol: ProtocolDef, rttMs: number): Flight[] {
  const half = rttMs / 2;
  return protocol.legs.flatMap((leg, i) => [
    { step: 2 * i + 1, from: 'client', label: leg.client, sentAt: i * rttMs, arrivesAt: i * rttMs + half },
    { step: 2 * i + 2, from: 'server', label: leg.server, sentAt: i * rttMs + half, arrivesAt: (i + 1) * rttMs },
  ]);
}
