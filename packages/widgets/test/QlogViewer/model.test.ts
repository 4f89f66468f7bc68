import { describe, expect, it } from 'vitest';
import { loadExample } from '../../src/QlogViewer/examples';
import { filterRows, frameTypes } from '../../src/QlogViewer/filter';
import { describeFrame } from '../../src/QlogViewer/frames';
import { buildLadder } from '../../src/QlogViewer/model';
import { trailingSilence } from '../../src/QlogViewer/summary';
import type { QlogEvent, QlogTrace } from '../../src/QlogViewer/types';

const ev = (time: number, type: string, data: Record<string, unknown>): QlogEvent => ({
  time,
  category: 'transport',
  type,
  data,
  line: 0,
});
const pkt = (packet_type: string, packet_number: number, frames: unknown[]) => ({
  header: { packet_type, packet_number },
  raw: { length: 100 },
  frames,
});
const trace = (vantage: 'client' | 'server', events: QlogEvent[]): QlogTrace => ({
  source: vantage,
  title: vantage,
  vantage,
  vantageHow: vantage,
  network: false,
  version: '0.3',
  group: null,
  events,
});

describe('buildLadder with one trace', () => {
  const client = trace('client', [
    ev(0, 'packet_sent', pkt('initial', 0, [{ frame_type: 'crypto', offset: 0, length: 300 }])),
    ev(5, 'packet_received', pkt('initial', 0, [{ frame_type: 'crypto', offset: 0, length: 90 }])),
    ev(6, 'packet_received', pkt('1RTT', 0, [{ frame_type: 'handshake_done' }])),
    ev(30, 'packet_sent', pkt('initial', 1, [{ frame_type: 'crypto', offset: 0, length: 300 }])),
    ev(31, 'packet_lost', pkt('initial', 0, [])),
    ev(40, 'parameters_set', { owner: 'remote', initial_max_streams_uni: 3 }),
    ev(
      90,
      'packet_sent',
      pkt('1RTT', 2, [{ frame_type: 'connection_close', error_space: 'transport', error_code: 10, reason: 'x' }]),
    ),
  ]);
  const ladder = buildLadder([client]);

  it('infers the server from packet_received events and orders rows by time', () => {
    expect(ladder.rows.map((r) => [r.time, r.from, r.kind])).toEqual([
      [0, 'client', 'packet_sent'],
      [5, 'server', 'packet_received'],
      [6, 'server', 'packet_received'],
      [30, 'client', 'packet_sent'],
      [31, 'client', 'packet_lost'],
      [90, 'client', 'packet_sent'],
    ]);
    expect(ladder.summary.inferred).toBe(true);
  });

  it('flags repeated crypto offsets as retransmissions, per sender', () => {
    expect(ladder.rows.map((r) => r.retransmission)).toEqual([false, false, false, true, false, false]);
    expect(ladder.summary.retransmissions).toBe(1);
    expect(ladder.summary.lost).toBe(1);
  });

  it('summarises handshake, close, transport parameters and silence', () => {
    const s = ladder.summary;
    expect(s.packets).toEqual({ client: 3, server: 2 });
    expect(s.handshakeDone).toEqual({ time: 6, loggedBy: 'client' });
    expect(s.close).toEqual({ space: 'transport', code: 10, codeName: '', reason: 'x', by: 'client', time: 90 });
    expect(s.maxStreamsUni).toEqual({ client: null, server: 3 });
    expect(s.lastFrom).toEqual({ client: 90, server: 6 });
    expect(trailingSilence(s)).toEqual({ side: 'server', ms: 84 });
  });

  it('filters by event type, direction, frame type and highlights', () => {
    const base = { event: 'all', direction: 'both', frame: '', marked: false } as const;
    expect(filterRows(ladder.rows, { ...base, event: 'packet_lost' }).map((r) => r.time)).toEqual([31]);
    expect(filterRows(ladder.rows, { ...base, direction: 'server' }).map((r) => r.time)).toEqual([5, 6]);
    expect(filterRows(ladder.rows, { ...base, frame: 'crypto' }).map((r) => r.time)).toEqual([0, 5, 30]);
    expect(filterRows(ladder.rows, { ...base, marked: true }).map((r) => r.time)).toEqual([6, 30, 31, 90]);
    expect(frameTypes(ladder.rows)).toEqual(['connection_close', 'crypto', 'handshake_done']);
  });
});

describe('buildLadder with both traces', () => {
  it('matches each sent packet to the peer’s packet_received for its arrival time', () => {
    const client = trace('client', [
      ev(1, 'packet_sent', pkt('initial', 0, [])),
      ev(4, 'packet_received', pkt('initial', 0, [])),
    ]);
    const server = trace('server', [
      ev(0, 'packet_received', pkt('initial', 0, [])),
      ev(2, 'packet_sent', pkt('initial', 0, [])),
      ev(3, 'packet_sent', pkt('handshake', 0, [])),
    ]);
    const ladder = buildLadder([server, client]);
    expect(ladder.rows.map((r) => [r.from, r.time, r.arrival])).toEqual([
      ['client', 1, 0],
      ['server', 2, 4],
      ['server', 3, null],
    ]);
    expect(ladder.summary.inferred).toBe(false);
  });
});

describe('describeFrame', () => {
  it('writes frames the way the ladder labels them', () => {
    expect(describeFrame({ frame_type: 'stream', stream_id: 2, offset: 0, length: 19, fin: true }).text).toBe(
      'STREAM 2 @0+19 FIN',
    );
    expect(
      describeFrame({
        frame_type: 'ack',
        acked_ranges: [
          [0, 2],
          [4, 4],
        ],
      }).text,
    ).toBe('ACK 0–2, 4');
    expect(
      describeFrame({ frame_type: 'connection_close', error_space: 'application_error', error_code: 255, reason: 'r' })
        .text,
    ).toBe('CONNECTION_CLOSE application 0xff (255) "r"');
    expect(describeFrame(null).text).toBe('UNKNOWN');
  });
});

describe('the bundled examples (hand-written reconstructions)', () => {
  it('good: both sides, handshake done, application close code 0, no retransmissions', () => {
    const { traces, problems } = loadExample('good');
    expect(problems).toEqual([]);
    const { summary } = buildLadder(traces);
    expect(summary.inferred).toBe(false);
    expect(summary.packets).toEqual({ client: 7, server: 6 });
    expect(summary.handshakeDone).toEqual({ time: 2.05, loggedBy: 'server' });
    expect(summary.close).toMatchObject({ by: 'client', code: 0, space: 'application', reason: 'kthxbye' });
    expect(summary.retransmissions).toBe(0);
  });

  it('close: the server closes with application error 0xFF after the client allowed 0 uni streams', () => {
    const { traces, problems } = loadExample('close');
    expect(problems).toEqual([]);
    const { summary } = buildLadder(traces);
    expect(summary.close).toMatchObject({ by: 'server', code: 255, reason: 'Error opening control stream', time: 5.2 });
    expect(summary.maxStreamsUni).toEqual({ client: 0, server: 100 });
    expect(summary.handshakeDone).toBeNull();
  });

  it('stall: no server packets after 18.3 ms, client retransmissions, no close', () => {
    const { traces, problems } = loadExample('stall');
    expect(problems).toEqual([]);
    const { rows, summary } = buildLadder(traces);
    expect(summary.close).toBeNull();
    expect(summary.lastFrom.server).toBe(18.3);
    expect(trailingSilence(summary)).toEqual({ side: 'server', ms: 27573 - 18.3 });
    // Handshake CRYPTO @0+36 resent 8 times, control stream 2 @0 resent twice.
    expect(summary.retransmissions).toBe(10);
    const resent = rows.filter((r) => r.retransmission).map((r) => r.time);
    expect(resent).toEqual([51, 114, 238, 470, 735, 1729, 3717, 7646, 11667, 27573]);
  });
});
