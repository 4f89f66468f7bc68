import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ABS_TIME_MS, resolveTimes, type TimeFormat, type TraceClock } from '../../src/QlogViewer/clock';
import { parseQlog } from '../../src/QlogViewer/parse';

const clock = (format: TimeFormat, reference = 0, unitMs = 1, offsetMs = 0): TraceClock => ({
  format,
  reference,
  unitMs,
  offsetMs,
});
const at = (...values: number[]) => values.map((value) => ({ value }));

describe("resolveTimes: the drafts' own examples (1500, 1505, 1522, 1588)", () => {
  it('absolute: 1500, 1505, 1522, 1588 -> from the first event', () => {
    expect(resolveTimes(at(1500, 1505, 1522, 1588), clock('absolute'))).toEqual([0, 5, 22, 88]);
  });
  it('delta: 1500, 5, 17, 66', () => {
    expect(resolveTimes(at(1500, 5, 17, 66), clock('delta'))).toEqual([0, 5, 22, 88]);
  });
  it('relative to reference_time 1500: 0, 5, 22, 88 stay as logged', () => {
    expect(resolveTimes(at(0, 5, 22, 88), clock('relative', 1500))).toEqual([0, 5, 22, 88]);
    expect(resolveTimes(at(2, 7), clock('relative', 1500))).toEqual([2, 7]);
  });
  it('relative_to_epoch and relative_to_previous_event (current drafts)', () => {
    const epoch = at(1553986553572, 1553986553577, 1553986553587, 1553986553597);
    expect(resolveTimes(epoch, clock('relative_to_epoch'))).toEqual([0, 5, 15, 25]);
    expect(resolveTimes(at(1553986553572, 5, 10, 10), clock('relative_to_previous_event'))).toEqual([0, 5, 15, 25]);
  });
  it('per-event formats win over the trace default; microseconds and time_offset apply', () => {
    const mixed = [{ value: 1000 }, { value: 5, format: 'delta' as const }];
    expect(resolveTimes(mixed, clock('absolute'))).toEqual([0, 5]);
    expect(resolveTimes(at(0, 2500), clock('relative', 0, 0.001, 150))).toEqual([150, 152.5]);
  });
});

const formats = fc.constantFrom<TimeFormat>(
  'absolute',
  'delta',
  'relative',
  'relative_to_epoch',
  'relative_to_previous_event',
);
const bounded = fc.double({ min: -MAX_ABS_TIME_MS, max: MAX_ABS_TIME_MS, noNaN: true });

describe('resolveTimes (property)', () => {
  it('any accepted times give finite results, as many as given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: bounded, format: fc.option(formats, { nil: undefined }) }), { maxLength: 60 }),
        formats,
        bounded,
        fc.constantFrom(1, 0.001),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (times, format, reference, unitMs, offsetMs) => {
          const out = resolveTimes(times, { format, reference, unitMs, offsetMs });
          expect(out).toHaveLength(times.length);
          for (const t of out) expect(Number.isFinite(t)).toBe(true);
        },
      ),
    );
  });
});

const anyValue = fc.oneof(fc.double(), fc.integer(), fc.string({ maxLength: 12 }), fc.constant(null), fc.boolean());
const nameLike = fc.constantFrom('transport:packet_sent', 'quic:packet_received', 'recovery:packet_lost', 'x');

describe('parseQlog on generated event arrays (property)', () => {
  it('never throws, and every event it accepts has a finite time', () => {
    const event = fc.oneof(
      fc.record({ time: anyValue, name: nameLike, data: fc.object({ maxDepth: 2 }) }, { requiredKeys: [] }),
      fc.tuple(
        anyValue,
        fc.constantFrom('transport', 'TRANSPORT'),
        fc.constantFrom('packet_sent', 'PACKET_SENT'),
        fc.object({ maxDepth: 1 }),
      ),
      anyValue,
    );
    const trace = fc.record({
      common_fields: fc.record(
        { time_format: fc.oneof(formats, fc.string({ maxLength: 8 })), reference_time: anyValue, group_id: anyValue },
        { requiredKeys: [] },
      ),
      configuration: fc.record(
        { time_units: fc.constantFrom('us', 'ms'), time_offset: anyValue },
        { requiredKeys: [] },
      ),
      event_fields: fc.constantFrom(
        ['relative_time', 'CATEGORY', 'EVENT_TYPE', 'DATA'],
        ['delta_time', 'category', 'event', 'data'],
      ),
      vantage_point: fc.record({
        type: fc.constantFrom('client', 'server', 'network', 'CLIENT', 'x'),
        flow: fc.constantFrom('client', 'server', 'unknown'),
      }),
      events: fc.array(event, { maxLength: 20 }),
    });
    const version = fc.constantFrom(
      { qlog_version: 'draft-00' },
      { qlog_version: 'draft-01' },
      { qlog_version: '0.3' },
      { qlog_version: '0.4' },
      {
        file_schema: 'urn:ietf:params:qlog:file:contained',
      },
    );
    fc.assert(
      fc.property(version, fc.array(trace, { minLength: 1, maxLength: 3 }), (header, traces) => {
        const result = parseQlog(JSON.stringify({ ...header, traces }), 'p.qlog');
        for (const t of result.traces) for (const e of t.events) expect(Number.isFinite(e.time)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
