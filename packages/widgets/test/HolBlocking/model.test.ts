import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arrivalTimes,
  completionQuic,
  completionTcp,
  drawLosses,
  MAX_RETRANSMISSIONS,
  packetTimeMs,
} from '../../src/HolBlocking/model';

describe('packetTimeMs', () => {
  it('puts 1200 bytes on a 10 Mbit/s link in 0.96 ms', () => {
    expect(packetTimeMs(10)).toBeCloseTo(0.96, 12);
  });
});

describe('arrivalTimes', () => {
  it('adds serialisation, half an RTT, and one RTT per loss', () => {
    expect([...arrivalTimes([0, 1, 0], 100, 1)]).toEqual([51, 152, 53]);
  });
});

describe('completion times, worked by hand', () => {
  // 2 streams × 2 packets, sent A0 B0 A1 B1; B0 (packet 1) is lost once. RTT 100, tx 1:
  // arrivals 51, 152, 53, 54. QUIC: A = max(51, 53) = 53, B = max(152, 54) = 152.
  // TCP delivers in order, so A1 (packet 2) waits for packet 1: A = 152, B = 152.
  const arrivals = arrivalTimes([0, 1, 0, 0], 100, 1);
  it('QUIC: only stream B waits', () => {
    expect([...completionQuic(arrivals, 2)]).toEqual([53, 152]);
  });
  it('TCP: stream A waits for B’s lost packet too', () => {
    expect([...completionTcp(arrivals, 2)]).toEqual([152, 152]);
  });
  it('without loss both agree', () => {
    const clean = arrivalTimes([0, 0, 0, 0], 100, 1);
    expect([...completionTcp(clean, 2)]).toEqual([...completionQuic(clean, 2)]);
  });
});

describe('invariants (property)', () => {
  it('TCP never finishes a stream before QUIC, and the last stream finishes together', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 48, maxLength: 48 }),
        (streams, perStream, lossPool) => {
          const losses = lossPool.slice(0, streams * perStream);
          const arrivals = arrivalTimes(losses, 80, 0.5);
          const tcp = completionTcp(arrivals, streams);
          const quic = completionQuic(arrivals, streams);
          for (let s = 0; s < streams; s++) expect(tcp[s]).toBeGreaterThanOrEqual(quic[s] ?? 0);
          expect(Math.max(...tcp)).toBe(Math.max(...quic));
        },
      ),
    );
  });
});

describe('drawLosses', () => {
  it('draws nothing at zero loss and is bounded at certain loss', () => {
    expect([...drawLosses(5, 0, () => 0)]).toEqual([0, 0, 0, 0, 0]);
    expect([...drawLosses(2, 1, () => 0)]).toEqual([MAX_RETRANSMISSIONS, MAX_RETRANSMISSIONS]);
  });
});
