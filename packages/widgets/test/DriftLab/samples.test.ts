import { describe, expect, it } from 'vitest';
import { FILTER_CAP_SD, PRESETS, REFERENCE } from '../../src/DriftLab/config';
import { falseAlarmRates } from '../../src/DriftLab/false-alarms';
import { currentSample, referenceSample, type SampleParams } from '../../src/DriftLab/samples';

const params = (preset: keyof typeof PRESETS, n = 20_000): SampleParams => {
  const p = PRESETS[preset];
  return {
    preset,
    shift: p.shift,
    spread: p.spread,
    empty: p.empty,
    affected: p.affected,
    nReference: n,
    nCurrent: n,
    seed: 7,
  };
};
const finite = (xs: (number | null)[]) => xs.filter((v): v is number => v !== null);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('samples', () => {
  it('are deterministic per seed and the reference ignores the current settings', () => {
    expect(referenceSample(50, 3)).toEqual(referenceSample(50, 3));
    expect(referenceSample(50, 3)).not.toEqual(referenceSample(50, 4));
    expect(currentSample(params('filter', 50))).toEqual(currentSample(params('filter', 50)));
  });

  it('reference: mean ≈ 100, about 2 % empty', () => {
    const ref = referenceSample(20_000, 1);
    expect(mean(finite(ref))).toBeCloseTo(REFERENCE.mean, 0);
    expect(ref.filter((v) => v === null).length / ref.length).toBeCloseTo(REFERENCE.empty, 2);
  });

  it('input shift moves the mean by shift × sd', () => {
    const cur = finite(currentSample(params('input-shift')));
    expect(mean(cur)).toBeCloseTo(REFERENCE.mean + 0.5 * REFERENCE.sd, 0);
  });

  it('the filter caps values and empties about 30 %', () => {
    const cur = currentSample(params('filter'));
    expect(Math.max(...finite(cur))).toBeLessThanOrEqual(REFERENCE.mean + FILTER_CAP_SD * REFERENCE.sd);
    expect(cur.filter((v) => v === null).length / cur.length).toBeCloseTo(0.3, 1);
  });

  it('the unit bug multiplies about 5 % of the rows by 1000', () => {
    const cur = finite(currentSample(params('unit-bug')));
    expect(cur.filter((v) => v > 10_000).length / cur.length).toBeCloseTo(0.05, 2);
  });
});

describe('falseAlarmRates', () => {
  it('counts alerts per rule over K no-drift windows, deterministically', () => {
    const a = falseAlarmRates({ nReference: 100, nCurrent: 100, seed: 1, windows: 20 });
    expect(a).toEqual(falseAlarmRates({ nReference: 100, nCurrent: 100, seed: 1, windows: 20 }));
    expect(a.rows.map((r) => r.id)).toEqual(['ks', 'wasserstein', 'psi', 'jensenShannon', 'medianShift', 'emptyShare']);
    for (const r of a.rows) {
      expect(r.fixedAlerts).toBeGreaterThanOrEqual(0);
      expect(r.fixedAlerts).toBeLessThanOrEqual(20);
    }
    const w1 = a.rows.find((r) => r.id === 'wasserstein');
    // At n = m = 100 the fixed normed-W1 rule (>= 0.1) fires in most quiet windows (docs/stats-conventions.md#thresholds: 94 %).
    expect(w1?.fixedAlerts).toBeGreaterThan(10);
    expect(w1?.awareAlerts).toBeLessThan(w1?.fixedAlerts ?? 0);
  });
});
