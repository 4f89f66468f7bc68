/** Seeded Monte-Carlo of stream completion times, HTTP/2 over TCP vs HTTP/3 over QUIC. Runs in a Worker or inline. */
import { createRng, histogram, quantiles } from '@confnotes/stats';
import { arrivalTimes, completionQuic, completionTcp, drawLosses, PACKETS_PER_STREAM, packetTimeMs } from './model';

export interface HolParams {
  streams: number;
  /** Per-packet loss probability, 0–0.1. */
  loss: number;
  rttMs: number;
  mbps: number;
  trials: number;
  seed: number;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export interface HolResult {
  params: HolParams;
  tcp: Percentiles;
  quic: Percentiles;
  /** Mean of (TCP − QUIC) completion per stream: time lost to head-of-line blocking, ms. */
  meanBlocked: number;
  /** Share of streams that finished later over TCP than over QUIC. */
  shareBlocked: number;
  /** Shared histogram of per-stream completion times. */
  edges: number[];
  tcpCounts: number[];
  quicCounts: number[];
}

export const PERCENTILES = [0.5, 0.95, 0.99] as const;
const BINS = 16;

function summarise(sample: Float64Array): Percentiles {
  const [p50 = 0, p95 = 0, p99 = 0] = quantiles(sample, PERCENTILES);
  let sum = 0;
  for (const v of sample) sum += v;
  return { p50, p95, p99, mean: sum / sample.length };
}

function binEdges(lo: number, hi: number): number[] {
  const span = hi - lo > 1e-9 ? hi - lo : 1;
  return Array.from({ length: BINS + 1 }, (_, i) => lo + (span * i) / BINS);
}

/**
 * Simulates `trials` page loads of `streams` equal responses and summarises the per-stream
 * completion times (ms after the first packet is sent).
 */
export function simulateHol(params: HolParams): HolResult {
  const { streams, loss, rttMs, mbps, trials, seed } = params;
  const rng = createRng(seed);
  const tx = packetTimeMs(mbps);
  const count = streams * PACKETS_PER_STREAM;
  const tcp = new Float64Array(trials * streams);
  const quic = new Float64Array(trials * streams);
  let blocked = 0;
  let blockedSum = 0;
  for (let t = 0; t < trials; t++) {
    const arrivals = arrivalTimes(drawLosses(count, loss, rng), rttMs, tx);
    const a = completionTcp(arrivals, streams);
    const b = completionQuic(arrivals, streams);
    for (let s = 0; s < streams; s++) {
      const i = t * streams + s;
      tcp[i] = a[s] ?? 0;
      quic[i] = b[s] ?? 0;
      const d = (a[s] ?? 0) - (b[s] ?? 0);
      blockedSum += d;
      if (d > 1e-9) blocked++;
    }
  }
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of tcp) hi = Math.max(hi, v);
  for (const v of quic) lo = Math.min(lo, v);
  const edges = binEdges(lo, hi);
  return {
    params,
    tcp: summarise(tcp),
    quic: summarise(quic),
    meanBlocked: blockedSum / tcp.length,
    shareBlocked: blocked / tcp.length,
    edges,
    tcpCounts: histogram(tcp, edges),
    quicCounts: histogram(quic, edges),
  };
}
