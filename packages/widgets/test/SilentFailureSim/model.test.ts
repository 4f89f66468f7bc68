import { createRng } from '@confnotes/stats';
import { describe, expect, it } from 'vitest';
import { SERVICE } from '../../src/SilentFailureSim/config';
import { simulate, simulateHour } from '../../src/SilentFailureSim/model';

const layer = (r: ReturnType<typeof simulate>, name: string) => r.summary.find((s) => s.layer === name);

describe('simulateHour', () => {
  it('the unit bug adds ln(1000) to the feature of about 30 % of requests', () => {
    const quiet = simulateHour(createRng(5), 'input-unit', false, 0);
    const broken = simulateHour(createRng(5), 'input-unit', true, 0);
    const shifted = broken.inputs.filter(
      (x, i) => Math.abs(x - (quiet.inputs[i] as number) - Math.log(1000)) < 1e-9,
    ).length;
    expect(shifted / SERVICE.requestsPerHour).toBeGreaterThan(0.2);
    expect(shifted / SERVICE.requestsPerHour).toBeLessThan(0.4);
  });

  it('the filter empties responses but leaves errors and latency alone', () => {
    const h = simulateHour(createRng(9), 'filter', true, 0);
    const empty = h.scores.filter((s) => s === null).length / h.scores.length;
    expect(empty).toBeGreaterThan(0.25);
    expect(empty).toBeLessThan(0.35);
    expect(h.errors / SERVICE.requestsPerHour).toBeLessThan(SERVICE.errorRateAlert);
    expect(h.latencyP99).toBeLessThan(SERVICE.latencyAlertMs);
  });
});

describe('simulate', () => {
  it('a silent failure (unit bug) keeps the golden signals green while the ML layers fire', () => {
    const r = simulate({ incident: 'input-unit', start: 24, seed: 1 });
    expect(r.rows).toHaveLength(48);
    expect(layer(r, 'golden')?.firstAlert).toBeNull();
    expect(layer(r, 'prio2')?.delay).toBe(0);
    expect(layer(r, 'prio3')?.delay).toBe(0);
    expect(layer(r, 'prio1')?.firstAlert).not.toBeNull();
    expect(r).toEqual(simulate({ incident: 'input-unit', start: 24, seed: 1 }));
  });

  it('an outage is loud: the golden signals fire at once', () => {
    const r = simulate({ incident: 'outage', start: 10, seed: 2 });
    expect(layer(r, 'golden')?.delay).toBe(0);
  });

  it('with no incident every alert counts as a false alarm and nothing has a first alert', () => {
    const r = simulate({ incident: 'none', start: 24, seed: 3 });
    for (const s of r.summary) expect(s.firstAlert).toBeNull();
    const total = r.rows.filter((row) => row.alerts.prio3).length;
    expect(layer(r, 'prio3')?.falseAlarms).toBe(total);
    for (const row of r.rows)
      for (const v of [row.responsePsi, row.inputPsi]) expect(v === null || Number.isFinite(v)).toBe(true);
  });
});
