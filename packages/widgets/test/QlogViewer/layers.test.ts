import { describe, expect, it } from 'vitest';
import { connectionViews } from '../../src/QlogViewer/connections';
import { formatLabel, progressText } from '../../src/QlogViewer/labels';
import { normaliseFrame } from '../../src/QlogViewer/packet-data';
import type { QlogEvent, QlogTrace, Vantage } from '../../src/QlogViewer/types';
import { integerOf, numberOf } from '../../src/QlogViewer/values';
import { vantageOf } from '../../src/QlogViewer/vantage';
import { versionOf } from '../../src/QlogViewer/version';

const event = (type: string): QlogEvent => ({ time: 0, category: 'quic', type, data: {}, line: 0 });
const trace = (vantage: Vantage, group: string | null, title = vantage): QlogTrace => ({
  source: 'f',
  title,
  vantage,
  vantageHow: vantage,
  network: false,
  version: '0.3',
  group,
  events: [],
});

describe('values', () => {
  it('reads integers written as numbers or decimal strings, nothing else', () => {
    expect([integerOf(7), integerOf('7'), integerOf(' 12 '), integerOf('0x7'), integerOf(-1), integerOf(1.5)]).toEqual([
      7,
      7,
      12,
      null,
      null,
      null,
    ]);
    expect([numberOf('1553986553572'), numberOf('1.5e3'), numberOf('abc'), numberOf(Number.NaN)]).toEqual([
      1553986553572,
      1500,
      null,
      null,
    ]);
  });
  it('normalises frames: lower-case types, numeric offsets and ack ranges', () => {
    expect(normaliseFrame({ frame_type: 'ACK', acked_ranges: [['0', '3']], offset: '10' })).toEqual({
      frame_type: 'ack',
      acked_ranges: [[0, 3]],
      offset: 10,
    });
  });
});

describe('versionOf', () => {
  it('knows the drafts by qlog_version and the current drafts by file_schema', () => {
    const label = (h: Record<string, unknown>) => {
      const v = versionOf(h);
      return typeof v === 'string' ? 'refused' : v.label;
    };
    expect(label({ qlog_version: 'draft-02-RC1' })).toBe('draft-02');
    expect(label({ qlog_version: 'DRAFT-00' })).toBe('draft-00');
    expect(label({ qlog_version: 0.3 })).toBe('0.3');
    expect(label({ file_schema: 'urn:ietf:params:qlog:file:contained', qlog_version: '0.3' })).toBe(
      'file_schema contained',
    );
    expect(label({ qlog_format: 'JSON' })).toBe('version not stated');
    expect(label({ qlog_version: 'draft-03' })).toBe('refused');
  });
});

describe('vantageOf', () => {
  it('reads client/server in any case, network with flow, and infers a missing flow', () => {
    expect(vantageOf({ vantage_point: { type: 'SERVER' } }, 'x', []).vantage).toBe('server');
    expect(vantageOf({ vantage_point: { type: 'network', flow: 'server' } }, 'x', [])).toEqual({
      vantage: 'server',
      how: 'network, server flow',
      network: true,
    });
    const received = [event('packet_received'), event('packet_sent')];
    expect(vantageOf({ vantage_point: { type: 'network' } }, 'x', received).vantage).toBe('server');
    expect(vantageOf({}, 'my-client.sqlog', []).how).toBe('client, guessed from the file name');
    expect(vantageOf({}, 'trace.qlog', []).vantage).toBe('unknown');
  });
});

describe('connectionViews', () => {
  it('pairs a client and a server trace without ids, and keeps two client traces apart', () => {
    expect(connectionViews([trace('client', null), trace('server', null)]).map((v) => v.traces.length)).toEqual([2]);
    expect(connectionViews([trace('client', null), trace('client', null)]).map((v) => v.traces.length)).toEqual([1, 1]);
  });
  it('pairs traces by connection id, whatever their order', () => {
    const views = connectionViews([
      trace('client', 'a'),
      trace('client', 'b'),
      trace('server', 'a'),
      trace('server', 'b'),
    ]);
    expect(views.map((v) => v.traces.map((t) => `${t.group}:${t.vantage}`))).toEqual([
      ['a:client', 'a:server'],
      ['b:client', 'b:server'],
    ]);
    expect(views[0]?.label).toBe('connection a: client (client) + server (server)');
  });
});

describe('labels', () => {
  it('says version, layout and traces; progress in steps of ten per cent', () => {
    expect(formatLabel({ source: 'a.qlog', version: 'draft-01', layout: 'JSON', traces: 2 }, false)).toBe(
      'qlog draft-01, JSON, 2 traces',
    );
    expect(progressText({ source: 'big.sqlog', phase: 'parsing', fraction: 0.47 })).toBe('Parsing big.sqlog… 40%');
    expect(progressText(null)).toBe('Reading your files…');
  });
});
