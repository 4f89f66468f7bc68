import { describe, expect, it } from 'vitest';
import { protocols } from '../../src/HandshakeRace/config';
import { ladderFlights } from '../../src/HandshakeRace/ladder-flights';
import { expectedTtfb, idealTtfb, legFailure, race, simulateTtfb, timeoutMs } from '../../src/HandshakeRace/model';

const byId = (id: string) => {
  const p = protocols.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};

describe('round trips to the first response byte', () => {
  it('counts 4, 3, 2 and 1 round trips (TCP+TLS 1.2, TCP+TLS 1.3, QUIC, QUIC 0-RTT)', () => {
    expect(protocols.map((p) => idealTtfb(p, 100))).toEqual([400, 300, 200, 100]);
  });
});

describe('timeouts', () => {
  it('uses 1 s for the SYN, max(1 s, 3·RTT) for TCP after a sample, 999 ms and 3·RTT for QUIC', () => {
    expect(timeoutMs('tcp-initial', 50)).toBe(1000);
    expect(timeoutMs('tcp', 100)).toBe(1000);
    expect(timeoutMs('tcp', 500)).toBe(1500);
    expect(timeoutMs('quic-initial', 100)).toBe(999);
    expect(timeoutMs('quic', 100)).toBe(300);
  });

  it('waits 3 s on the first data flight after a lost SYN (RFC 6298 §5.7), whatever the RTT', () => {
    // RFC 6298 §5.7: "the RTO MUST be re-initialized to 3 seconds when data transmission begins".
    expect(timeoutMs('tcp', 100, false)).toBe(3000);
    expect(timeoutMs('tcp', 2000, false)).toBe(3000);
    expect(timeoutMs('quic', 100, false)).toBe(300);
  });
});

describe('expectedTtfb', () => {
  // By hand at RTT 100 ms, loss 10 %: q = 1 − 0.9² = 0.19, q/(1 − 2q) = 0.19/0.62 = 0.3064516…
  // TCP leg j ≥ 2 waits 1 s with an RTT sample and 3 s (RFC 6298 §5.7) when every earlier leg
  // was retried (probability q^(j−1)): E[T_j] = 1000 + 2000·q^(j−1).
  const f = 0.19 / 0.62;
  const q = 0.19;
  it.each([
    ['tls12', 400 + (4000 + 2000 * (q + q ** 2 + q ** 3)) * f],
    ['tls13', 300 + (3000 + 2000 * (q + q ** 2)) * f],
    ['quic', 200 + 1299 * f],
    ['zerortt', 100 + 999 * f],
  ])('%s at 100 ms and 10 %% loss', (id, expected) => {
    expect(expectedTtfb(byId(id), 100, 0.1)).toBeCloseTo(expected, 9);
  });

  it('equals the ideal time without loss', () => {
    for (const p of protocols) expect(expectedTtfb(p, 80, 0)).toBe(idealTtfb(p, 80));
    expect(legFailure(0)).toBe(0);
  });
});

describe('simulateTtfb', () => {
  it('is reproducible for a seed and exact without loss', () => {
    const quic = byId('quic');
    expect(simulateTtfb(quic, 100, 0.05, 50, 3)).toEqual(simulateTtfb(quic, 100, 0.05, 50, 3));
    expect([...simulateTtfb(quic, 100, 0, 5, 3)]).toEqual([200, 200, 200, 200, 200]);
  });

  it('agrees with the closed form on average (independent check, 200 000 trials)', () => {
    for (const p of protocols) {
      const sample = simulateTtfb(p, 120, 0.05, 200_000, 11);
      const mean = sample.reduce((a, b) => a + b, 0) / sample.length;
      const expected = expectedTtfb(p, 120, 0.05);
      expect(Math.abs(mean - expected) / expected).toBeLessThan(0.02);
    }
  });
});

describe('race', () => {
  it('returns finite percentiles, median ≤ p95, and QUIC 0-RTT first', () => {
    const rows = race(protocols, 100, 0.02, 4000, 1);
    for (const r of rows) {
      expect(Number.isFinite(r.p50) && Number.isFinite(r.p95)).toBe(true);
      expect(r.p50).toBeLessThanOrEqual(r.p95);
      expect(r.p50).toBeGreaterThanOrEqual(r.ideal);
    }
    expect(rows.map((r) => r.protocol.id)).toEqual(['tls12', 'tls13', 'quic', 'zerortt']);
    expect(rows[3]?.expected).toBeLessThan(rows[2]?.expected ?? 0);
  });
});

describe('ladderFlights', () => {
  it('alternates client and server flights, half an RTT each', () => {
    const flights = ladderFlights(byId('quic'), 100);
    expect(flights.map((f) => [f.from, f.sentAt, f.arrivesAt])).toEqual([
      ['client', 0, 50],
      ['server', 50, 100],
      ['client', 100, 150],
      ['server', 150, 200],
    ]);
  });
});
