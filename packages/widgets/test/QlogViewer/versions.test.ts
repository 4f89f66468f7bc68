import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionViews } from '../../src/QlogViewer/connections';
import { formatsSentence } from '../../src/QlogViewer/labels';
import { buildLadder } from '../../src/QlogViewer/model';
import { parseQlog } from '../../src/QlogViewer/parse';
import type { QlogTrace } from '../../src/QlogViewer/types';

// Hand-written fixtures, one per qlog version in its own layout, shaped after the drafts' own
// examples (see src/QlogViewer/README.md for where each rule comes from).
const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const read = (name: string, url = fixture(name)) => parseQlog(readFileSync(url, 'utf8'), name);
const times = (trace: QlogTrace | undefined) => trace?.events.map((e) => e.time);
const rowsOf = (traces: QlogTrace[]) =>
  buildLadder(traces).rows.map((r) => [r.from, r.packetType, r.packetNumber, r.size]);

describe('draft-00: JSON, event_fields arrays with capitalised names, microseconds', () => {
  const { traces, problems, formats } = read('draft-00.qlog');
  it('detects the version and reads every event (the closing [] is allowed)', () => {
    expect(problems).toEqual([]);
    expect(formatsSentence(formats)).toBe('Detected qlog draft-00, JSON, 1 trace.');
    expect(traces[0]?.vantage).toBe('client');
    expect(traces[0]?.events.map((e) => `${e.category}:${e.type}`)).toEqual([
      'transport:packet_sent',
      'transport:packet_received',
      'transport:packet_sent',
    ]);
  });
  it('applies time_units "us" and reference_time: 0, 25 and 26.5 ms', () => {
    expect(times(traces[0])).toEqual([0, 25, 26.5]);
  });
  it('finds packet_type next to header and decimal-string packet numbers', () => {
    expect(rowsOf(traces)).toEqual([
      ['client', 'INITIAL', 0, 1252],
      ['server', 'INITIAL', 0, 1252],
      ['client', 'HANDSHAKE', 1, 80],
    ]);
    expect(buildLadder(traces).rows[0]?.frames[0]?.text).toBe('CRYPTO @0+290');
  });
});

describe('draft-01: JSON, event_fields with an indexed group_id, string error codes', () => {
  const { traces, problems, formats } = read('draft-01.qlog');
  it('reads the trace, its connection id and relative times', () => {
    expect(problems).toEqual([]);
    expect(formats).toEqual([{ source: 'draft-01.qlog', version: 'draft-01', layout: 'JSON', traces: 1 }]);
    expect(traces[0]?.group).toBe('127ecc830d98f9d5');
    expect(times(traces[0])).toEqual([2, 7, 9]);
  });
  it('keeps the close code given as raw_error_code "0" and the packets numbered', () => {
    const { rows, summary } = buildLadder(traces);
    expect(rows.map((r) => [r.from, r.packetNumber])).toEqual([
      ['client', 0],
      ['server', 0],
      ['server', 1],
    ]);
    expect(summary.close).toMatchObject({ by: 'server', space: 'transport', code: 0, reason: 'done' });
  });
});

describe('draft-02: NDJSON with a one-line header and relative times', () => {
  const { traces, problems, formats } = read('draft-02.ndjson');
  it('detects NDJSON, keeps times relative to reference_time, reads string parameters', () => {
    expect(problems).toEqual([]);
    expect(formatsSentence(formats)).toBe('Detected qlog draft-02, NDJSON, 1 trace.');
    expect(times(traces[0])).toEqual([2, 7, 7.5]);
    expect(traces[0]?.vantage).toBe('server');
    expect(buildLadder(traces).summary.maxStreamsUni.server).toBe(3);
  });
});

describe('qlog 0.3: JSON-SEQ without time_format', () => {
  const { traces, problems, formats } = read('qlog-0.3.sqlog');
  it('reads epoch times as absolute (the default) and shows them from the first event', () => {
    expect(problems).toEqual([]);
    expect(formats[0]).toMatchObject({ version: '0.3', layout: 'JSON-SEQ' });
    expect(times(traces[0])).toEqual([0, 5.25, 28]);
    expect(traces[0]?.group).toBe('4cdbfd9bf0');
  });
  it('reads a string packet number and a string error code', () => {
    const { rows, summary } = buildLadder(traces);
    expect(rows[2]?.packetNumber).toBe(1);
    expect(summary.close).toMatchObject({ space: 'application', code: 256, reason: 'bye' });
  });
});

describe('qlog 0.4: one server trace holding two connections, delta times', () => {
  const { traces, problems, formats } = read('qlog-0.4.qlog');
  it('splits the trace by group_id, each connection timed from its own first event', () => {
    expect(problems).toEqual([]);
    expect(formats[0]).toMatchObject({ version: '0.4', layout: 'JSON', traces: 2 });
    expect(traces.map((t) => [t.group, times(t)])).toEqual([
      ['aaaa0001', [0, 5]],
      ['bbbb0002', [0, 12]],
    ]);
  });
  it('offers the two connections separately, never merged', () => {
    const views = connectionViews(traces);
    expect(views).toHaveLength(2);
    expect(views.map((v) => v.traces.length)).toEqual([1, 1]);
    expect(views[1]?.label).toContain('connection bbbb0002');
  });
});

describe('current main schema: file_schema sequential, relative_to_previous_event', () => {
  const { traces, problems, formats } = read('file-schema-sequential.sqlog');
  it('accumulates the deltas from the first (epoch) timestamp', () => {
    expect(problems).toEqual([]);
    expect(formatsSentence(formats)).toBe('Detected qlog file_schema sequential, JSON-SEQ, 1 trace.');
    expect(times(traces[0])).toEqual([0, 5, 15, 25]);
  });
  it('keeps a named error code as a name', () => {
    expect(buildLadder(traces).summary.close).toMatchObject({ code: null, codeName: 'protocol_violation' });
  });
});

describe('current main schema: file_schema contained, network trace without flow', () => {
  const { traces, problems } = read('file-schema-contained.qlog');
  it('infers client flow from the first packet and reports the TraceError entry', () => {
    expect(traces).toHaveLength(1);
    expect(traces[0]).toMatchObject({ vantage: 'client', network: true });
    expect(traces[0]?.vantageHow).toBe('network, client flow inferred from the first packet');
    expect(times(traces[0])).toEqual([0, 5, 15, 25]);
    expect(problems.map((p) => p.message)).toEqual(['trace 2 is an error entry: File could not be found']);
  });
  it('draws packets the client sent as client packets', () => {
    expect(buildLadder(traces).summary.packets).toEqual({ client: 2, server: 2 });
  });
});

describe('draft-01 capture with two connections from a network vantage point (the e2e fixture)', () => {
  const url = join(import.meta.dirname, '../../../../e2e/fixtures/qlog/pcap2qlog-two-connections-draft-01.qlog');
  const { traces, problems } = read('capture.qlog', url);
  it('reads flow "client": sent packets are the client\'s, received ones the server\'s', () => {
    expect(problems).toEqual([]);
    expect(traces.map((t) => [t.vantage, t.network, t.group])).toEqual([
      ['client', true, 'a1a1a1a1'],
      ['client', true, 'b2b2b2b2'],
    ]);
    const views = connectionViews(traces);
    expect(views).toHaveLength(2);
    expect(buildLadder(views[0]?.traces ?? []).summary.packets).toEqual({ client: 3, server: 2 });
    expect(buildLadder(views[1]?.traces ?? []).summary.close).toMatchObject({ by: 'server', code: 256 });
  });
});

describe('versions the viewer cannot read', () => {
  it('names the qlog_version and lists what is supported', () => {
    const { traces, problems, formats } = parseQlog('{"qlog_version":"0.5","traces":[]}', 'new.qlog');
    expect(traces).toEqual([]);
    expect(formats).toEqual([]);
    expect(problems[0]?.message).toMatch(/qlog_version 0\.5, which the viewer cannot read\. It reads qlog draft-00/);
  });
  it('names an unknown file_schema, also in JSON-SEQ', () => {
    const text = '\u001e{"file_schema":"https://example.org/012025/private","serialization_format":"x"}\n';
    expect(parseQlog(text, 'p.sqlog').problems[0]?.message).toContain(
      'file_schema https://example.org/012025/private, which the viewer cannot read',
    );
  });
  it('reads an unknown time_format as the version default and says so', () => {
    const file = {
      qlog_version: '0.3',
      traces: [{ common_fields: { time_format: 'weird' }, events: [{ time: 5, name: 'a:b' }] }],
    };
    const { traces, problems } = parseQlog(JSON.stringify(file), 'w.qlog');
    expect(times(traces[0])).toEqual([0]);
    expect(problems[0]?.message).toBe('trace 1: time_format "weird" is not one qlog defines; read as "absolute"');
  });
});
