import { describe, expect, it } from 'vitest';
import { PACKETS_PER_STREAM, packetTimeMs } from '../../src/HolBlocking/model';
import { simulateHol } from '../../src/HolBlocking/simulate';

const base = { streams: 4, loss: 0.02, rttMs: 100, mbps: 10, trials: 300, seed: 5 };

describe('simulateHol', () => {
  it('is reproducible for a seed', () => {
    expect(simulateHol(base)).toEqual(simulateHol(base));
  });

  it('matches the closed form without loss (stream s ends when its last packet lands)', () => {
    const r = simulateHol({ ...base, loss: 0, streams: 2 });
    const tx = packetTimeMs(10);
    // Last packets are numbers 2K−2 and 2K−1 (0-based): arrive at (2K−1)·tx + 50 and 2K·tx + 50.
    const a = (2 * PACKETS_PER_STREAM - 1) * tx + 50;
    const b = 2 * PACKETS_PER_STREAM * tx + 50;
    expect(r.tcp.mean).toBeCloseTo((a + b) / 2, 9);
    expect(r.quic.mean).toBeCloseTo((a + b) / 2, 9);
    expect(r.meanBlocked).toBe(0);
    expect(r.shareBlocked).toBe(0);
  });

  it('shows TCP blocking under loss: higher median, same number of streams in both histograms', () => {
    const r = simulateHol({ ...base, streams: 16, loss: 0.03 });
    expect(r.tcp.p50).toBeGreaterThan(r.quic.p50);
    expect(r.tcp.p99).toBeGreaterThanOrEqual(r.quic.p99);
    expect(r.meanBlocked).toBeGreaterThan(0);
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(total(r.tcpCounts)).toBe(16 * 300);
    expect(total(r.quicCounts)).toBe(16 * 300);
    expect(r.edges).toHaveLength(17);
  });

  it('keeps every number finite for a single stream', () => {
    const r = simulateHol({ ...base, streams: 1, loss: 0.1 });
    for (const v of [r.tcp.p50, r.tcp.p99, r.quic.mean, r.meanBlocked, ...r.edges])
      expect(Number.isFinite(v)).toBe(true);
    expect(r.meanBlocked).toBe(0);
  });
});
