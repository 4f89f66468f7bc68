import { createRng } from '@confnotes/stats';
import { describe, expect, it } from 'vitest';
import { incidentHours, type Layer, summarizeLayers } from '../../src/SilentFailureSim/attribution';
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

  it('does not credit a layer whose signal the incident never touches (issue 15, seed 1)', () => {
    // Seed 1, start 24: the bad release flattens scores only, yet input drift (Prio 3) alerts at
    // hour 42; the outage ends at hour 30, yet Prio 2 and Prio 3 alert at hour 42. Those alerts
    // are false alarms, not detections.
    const release = simulate({ incident: 'bad-release', start: 24, seed: 1 });
    expect(release.rows[42]?.alerts.prio3).toBe(true);
    expect(layer(release, 'prio3')).toMatchObject({ touched: false, firstAlert: null, delay: null });
    expect(layer(release, 'prio3')?.falseAlarms).toBeGreaterThanOrEqual(1);
    expect(layer(release, 'prio2')?.delay).toBe(0);
    const outage = simulate({ incident: 'outage', start: 24, seed: 1 });
    expect(outage.rows[42]?.alerts.prio2 && outage.rows[42]?.alerts.prio3).toBe(true);
    for (const l of ['prio1', 'prio2', 'prio3']) expect(layer(outage, l)?.firstAlert).toBeNull();
    expect(layer(outage, 'prio2')?.falseAlarms).toBe(1);
    expect(layer(outage, 'golden')).toMatchObject({ touched: true, delay: 0 });
  });
});

describe('summarizeLayers', () => {
  const row = (hour: number, on: Layer[]) => ({
    hour,
    alerts: {
      golden: on.includes('golden'),
      prio1: on.includes('prio1'),
      prio2: on.includes('prio2'),
      prio3: on.includes('prio3'),
    },
  });
  it('counts only alerts inside the hours the incident touches the signal as detections', () => {
    // Outage from hour 10 for 6 h: golden alerts at 8 (before), 11 (caused) and 17 (after it ended).
    const rows = [row(8, ['golden']), row(11, ['golden', 'prio2']), row(17, ['golden'])];
    const [golden, , prio2] = summarizeLayers(rows, 'outage', 10);
    expect(golden).toEqual({ layer: 'golden', touched: true, firstAlert: 11, delay: 1, falseAlarms: 2 });
    expect(prio2).toEqual({ layer: 'prio2', touched: false, firstAlert: null, delay: null, falseAlarms: 1 });
  });
  it('Prio 1 sees the incident only once its labels arrive (after the label delay)', () => {
    expect(incidentHours('filter', 'prio1', 24)).toEqual([24 + SERVICE.labelDelayHours, SERVICE.hours]);
    const [, prio1] = summarizeLayers([row(25, ['prio1']), row(27, ['prio1'])], 'filter', 24);
    expect(prio1).toMatchObject({ firstAlert: 27, delay: 3, falseAlarms: 1 });
  });
});
