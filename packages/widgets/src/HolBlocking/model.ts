/**
 * Pure model of head-of-line blocking: N streams share one connection, packets go out
 * round-robin, a lost packet arrives one RTT late per loss. TCP hands bytes to HTTP/2 in
 * connection order; QUIC hands each stream its own bytes in stream order.
 */

/** Bytes per packet (a typical QUIC/TCP payload; fixed in the model). */
export const PACKET_BYTES = 1200;
/** Packets each stream's response needs (12 KB objects; fixed in the model). */
export const PACKETS_PER_STREAM = 10;
/** A packet is retransmitted at most this many times in the simulation. */
export const MAX_RETRANSMISSIONS = 30;

/** Time to put one packet on the wire, ms, at `mbps` megabits per second. */
export function packetTimeMs(mbps: number): number {
  return (PACKET_BYTES * 8) / (mbps * 1000);
}

/**
 * Arrival time (ms) of every packet, in sending order (packet j belongs to stream j mod N).
 *
 * @param losses - how many times each packet was lost before it got through (length N·K)
 * @example
 * arrivalTimes([0, 1], 100, 1); // [1 + 50, 2 + 50 + 100]
 */
export function arrivalTimes(losses: ArrayLike<number>, rttMs: number, txMs: number): Float64Array {
  const out = new Float64Array(losses.length);
  for (let j = 0; j < losses.length; j++) out[j] = (j + 1) * txMs + rttMs / 2 + (losses[j] ?? 0) * rttMs;
  return out;
}

/** HTTP/2 over TCP: a stream completes when every byte sent before its last byte has arrived. */
export function completionTcp(arrivals: ArrayLike<number>, streams: number): Float64Array {
  const out = new Float64Array(streams);
  const first = arrivals.length - streams;
  let delivered = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < arrivals.length; j++) {
    delivered = Math.max(delivered, arrivals[j] ?? 0);
    if (j >= first) out[j - first] = delivered;
  }
  return out;
}

/** HTTP/3 over QUIC: a stream completes when its own last packet has arrived. */
export function completionQuic(arrivals: ArrayLike<number>, streams: number): Float64Array {
  const out = new Float64Array(streams);
  for (let j = 0; j < arrivals.length; j++) {
    const s = j % streams;
    out[s] = Math.max(out[s] ?? 0, arrivals[j] ?? 0);
  }
  return out;
}

/** Draws how many times each of `count` packets is lost (geometric with probability `loss`). */
export function drawLosses(count: number, loss: number, rng: () => number): Uint8Array {
  const out = new Uint8Array(count);
  if (loss <= 0) return out;
  for (let j = 0; j < count; j++) {
    let k = 0;
    while (k < MAX_RETRANSMISSIONS && rng() < loss) k++;
    out[j] = k;
  }
  return out;
}
