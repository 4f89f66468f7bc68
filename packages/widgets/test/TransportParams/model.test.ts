import { describe, expect, it } from 'vitest';
import { explain } from '../../src/TransportParams/explain';
import { gaps, planSide, playground } from '../../src/TransportParams/model';

describe('planSide', () => {
  it('opens streams in quiche order up to the limit, with the trace IDs', () => {
    const plan = planSide('server', 2);
    expect(plan.streams.map((s) => [s.id, s.opens])).toEqual([
      [3, true],
      [7, true],
      [11, false],
      [15, false],
    ]);
    expect(plan.meetsRfc).toBe(false);
    expect(planSide('client', 3).streams.map((s) => s.opens)).toEqual([true, true, true, false]);
    expect(planSide('client', 5).streams.every((s) => s.opens)).toBe(true);
  });
});

describe('playground', () => {
  it.each([
    [3, 3, 'quiche', 'works', 'A'],
    [5, 4, 'edge', 'works', null],
    [0, 3, 'quiche', 'close-0xff', 'B'],
    [0, 5, 'edge', 'stall', 'C'],
    [2, 3, 'quiche', 'not-in-traces', null],
    [1, 3, 'edge', 'not-in-traces', null],
    [3, 0, 'quiche', 'not-in-traces', null],
    [0, 0, 'edge', 'not-in-traces', null],
  ] as const)('client %i, server %i, %s peer → %s', (c, s, peer, outcome, scenario) => {
    const r = playground(c, s, peer);
    expect(r.outcome).toBe(outcome);
    expect(r.scenario).toBe(scenario);
    expect(r.server.allowed).toBe(c);
    expect(r.client.allowed).toBe(s);
  });
});

describe('explain', () => {
  it('quotes the 0xFF close for scenario B and hedges the edge stall', () => {
    expect(explain(playground(0, 3, 'quiche'), 'quiche').headline).toContain('0xFF "Error opening control stream"');
    const stall = explain(playground(0, 3, 'edge'), 'edge');
    expect(stall.lines.join(' ')).toContain('not shown by the artefacts');
    expect(stall.lines.join(' ')).not.toMatch(/because/);
  });

  it('names which side is short when no trace covers the case', () => {
    const e = explain(playground(2, 3, 'quiche'), 'quiche');
    expect(e.lines[0]).toContain('the client allows the server 2 unidirectional streams');
    expect(e.lines[1]).toContain('RFC 9204 §4.2');
  });

  it('mentions the skipped GREASE stream at a limit of exactly 3', () => {
    expect(explain(playground(3, 3, 'quiche'), 'quiche').lines[1]).toContain('opened only streams 2, 6 and 10');
  });
});

describe('gaps', () => {
  it('gives the spacing of the scenario C retransmissions (by hand: 51, 114−51, …)', () => {
    expect(gaps([51, 114, 238, 470])).toEqual([51, 63, 124, 232]);
    expect(gaps([])).toEqual([]);
  });
});
