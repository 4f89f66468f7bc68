import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQlog } from '../../src/QlogViewer/parse';

const RS = '\u001e';
const header =
  '{"qlog_version":"0.3","qlog_format":"JSON-SEQ","trace":{"vantage_point":{"type":"server"},"title":"t"}}';
const sent = (t: number, pn: number) =>
  `{"time":${t},"name":"transport:packet_sent","data":{"header":{"packet_type":"initial","packet_number":${pn}}}}`;

describe('parseQlog: JSON-SEQ', () => {
  it('reads the header and events, with record separators and newlines', () => {
    const text = `${RS}${header}\n${RS}${sent(0.5, 0)}\n${RS}${sent(1.5, 1)}\n`;
    const { traces, problems } = parseQlog(text, 'x.sqlog');
    expect(problems).toEqual([]);
    expect(traces).toHaveLength(1);
    expect(traces[0]?.vantage).toBe('server');
    expect(traces[0]?.version).toBe('0.3');
    // No time_format: qlog 0.3 reads the times as absolute, shown from the first event.
    expect(traces[0]?.events.map((e) => [e.time, e.category, e.type, e.line])).toEqual([
      [0, 'transport', 'packet_sent', 2],
      [1, 'transport', 'packet_sent', 3],
    ]);
  });

  it('reports a malformed record with its line number and keeps the rest', () => {
    const text = `${RS}${header}\n${RS}${sent(0.5, 0)}\n${RS}{"time":1,"name":\n${RS}${sent(2, 1)}\n`;
    const { traces, problems } = parseQlog(text, 'bad.sqlog');
    expect(traces[0]?.events).toHaveLength(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ source: 'bad.sqlog', line: 3 });
    expect(problems[0]?.message).toMatch(/^line 3: not valid JSON/);
  });

  it('reports records that are JSON but not events', () => {
    const { problems } = parseQlog(`${RS}${header}\n${RS}[1,2]\n${RS}{"name":"x"}\n`, 'a.sqlog');
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
    expect(problems[1]?.message).toContain('"time"');
  });

  it('counts problems beyond the first 20 instead of listing them', () => {
    const text = `${RS}${header}\n${`${RS}{oops\n`.repeat(25)}`;
    const { problems } = parseQlog(text, 'a.sqlog');
    expect(problems).toHaveLength(21);
    expect(problems[20]?.message).toBe('5 more problems');
  });
});

describe('parseQlog: contained JSON and other layouts', () => {
  it('reads a qlog 0.4 file with two traces and quic: names', () => {
    const file = {
      qlog_version: '0.4',
      qlog_format: 'JSON',
      traces: [
        { vantage_point: { type: 'client' }, events: [{ time: 1, name: 'quic:packet_sent', data: {} }] },
        { vantage_point: { type: 'server' }, events: [{ time: 2, name: 'quic:packet_received' }] },
      ],
    };
    const { traces, problems } = parseQlog(JSON.stringify(file, null, 2), 'f.qlog');
    expect(problems).toEqual([]);
    expect(traces.map((t) => [t.vantage, t.version, t.events[0]?.category, t.events[0]?.type])).toEqual([
      ['client', '0.4', 'quic', 'packet_sent'],
      ['server', '0.4', 'quic', 'packet_received'],
    ]);
  });

  it('reads array events through event_fields, relative_time counting from reference_time', () => {
    const file = {
      qlog_version: 'draft-01',
      traces: [
        {
          vantage_point: { type: 'client' },
          common_fields: { reference_time: '1000' },
          event_fields: ['relative_time', 'category', 'event', 'data'],
          events: [[3, 'transport', 'packet_sent', { header: {} }]],
        },
      ],
    };
    const { traces } = parseQlog(JSON.stringify(file), 'old.qlog');
    expect(traces[0]?.events[0]).toMatchObject({ time: 3, category: 'transport', type: 'packet_sent' });
  });

  it('makes absolute and delta times relative to the first event', () => {
    const absolute = {
      traces: [
        {
          common_fields: { time_format: 'absolute' },
          events: [
            { time: 1000, name: 'a:b' },
            { time: 1012.5, name: 'a:c' },
          ],
        },
      ],
    };
    expect(parseQlog(JSON.stringify(absolute), 'a').traces[0]?.events.map((e) => e.time)).toEqual([0, 12.5]);
    const delta = {
      traces: [
        {
          common_fields: { time_format: 'delta' },
          events: [
            { time: 5, name: 'a:b' },
            { time: 2, name: 'a:c' },
          ],
        },
      ],
    };
    expect(parseQlog(JSON.stringify(delta), 'd').traces[0]?.events.map((e) => e.time)).toEqual([0, 2]);
  });

  it('guesses the vantage point from the file name when the trace does not say', () => {
    const text = `${RS}{"qlog_version":"0.3","trace":{}}\n${RS}${sent(0, 0)}\n`;
    expect(parseQlog(text, 'client-x.sqlog').traces[0]?.vantage).toBe('client');
  });

  it('reads newline-delimited JSON without record separators', () => {
    const text = `${header}\n${sent(1, 0)}\n${sent(2, 1)}\n`;
    const { traces, problems } = parseQlog(text, 'n.jsonl');
    expect(problems).toEqual([]);
    expect(traces[0]?.events).toHaveLength(2);
  });

  it('explains files that are not qlog at all', () => {
    expect(parseQlog('', 'e').problems[0]?.message).toContain('is empty');
    expect(parseQlog('hello', 'h').problems[0]?.message).toContain('does not start with "{"');
    expect(parseQlog('{"a":1}', 'j').problems[0]?.message).toContain('not a qlog file');
    const broken = parseQlog('{\n"traces": [\n  {"events": []\n]}', 'b.qlog').problems[0];
    expect(broken?.line).toBe(4);
    expect(broken?.message).toMatch(/^line 4: not valid JSON/);
  });
});

describe('parseQlog: untrusted input (property tests)', () => {
  it('never throws and never yields a non-finite time', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.boolean(), (s, seq) => {
        const text = seq ? `${RS}${header}\n${RS}${s}\n` : s;
        const { traces, problems } = parseQlog(text, 'p');
        for (const t of traces) for (const e of t.events) expect(Number.isFinite(e.time)).toBe(true);
        for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('handles JSON-ish fragments', () => {
    const fragment = fc.oneof(fc.json(), fc.constantFrom('{', '}', '"time":', '"name":"a:b"', RS, '\n', ','));
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        expect(() => parseQlog(parts.join(''), 'p')).not.toThrow();
      }),
    );
  });

  it('reads 1 MB of garbage and reports problems (speed: bench/untrusted-input.bench.ts)', () => {
    const unit = `${RS}{"time":1,"name":"x:y"${'\n{]'.repeat(20)}`;
    const garbage = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const result = parseQlog(garbage, 'g');
    expect(result.problems.length).toBeGreaterThan(0);
  });
});
