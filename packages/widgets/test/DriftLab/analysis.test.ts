import { describe, expect, it } from 'vitest';
import { analyse, ecdfAt, thinEcdf, withKsPValue } from '../../src/DriftLab/analysis';

/** The spec's deterministic fixture generator (drift-metrics.md §11). */
const seq = (n: number, mult: number, mod: number, scale: number, off = 0) =>
  Array.from({ length: n }, (_, i) => ((i * mult) % mod) / scale + off);

const options = { ksMethod: 'auto' as const, thresholds: 'fixed' as const, overrides: {} };

describe('ecdf helpers', () => {
  it('evaluates a right-continuous step function', () => {
    const e = { x: [1, 2, 4], y: [0.25, 0.5, 1] };
    expect(ecdfAt(e, 0.5)).toBe(0);
    expect(ecdfAt(e, 1)).toBe(0.25);
    expect(ecdfAt(e, 3.9)).toBe(0.5);
    expect(ecdfAt(e, 4)).toBe(1);
  });

  it('thins long ECDFs to evenly spaced steps, keeping both ends', () => {
    const x = Array.from({ length: 1001 }, (_, i) => i);
    const y = x.map((v) => (v + 1) / 1001);
    const thin = thinEcdf({ x, y }, 11);
    expect(thin.x).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(thin.y[10]).toBe(1);
    expect(thinEcdf({ x: [1, 2], y: [0.5, 1] }).x).toEqual([1, 2]);
  });
});

describe('analyse', () => {
  it('matches scipy on the seq_40_vs_55 fixture (KS D, exact p, W1)', () => {
    const view = analyse(seq(40, 37, 101, 10), seq(55, 53, 103, 10, 1.5), options);
    const ks = view.report.ks;
    expect(ks?.statistic).toBeCloseTo(0.16590909090909092, 12);
    expect(ks?.pValue).toBeCloseTo(0.4885499536253183, 9);
    expect(ks?.method).toBe('exact');
    expect(view.report.wasserstein?.value).toBeCloseTo(1.220454545454546, 9);
    expect(view.autoMethod).toBe('exact');
  });

  it('reproduces the spec PSI fixture (10 reference deciles) and marks the KS gap on both ECDFs', () => {
    const view = analyse(seq(300, 7919, 1000, 100), seq(200, 104729, 997, 100, 1.0), options);
    expect(view.report.psi?.value).toBeCloseTo(0.7348171973679806, 9);
    expect(view.report.ks?.statistic).toBeCloseTo(0.10333333333333333, 12);
    const gap = view.ksGap;
    expect(gap && Math.abs(gap.reference - gap.current)).toBeCloseTo(0.10333333333333333, 12);
  });

  it('counts empty outputs in the share but leaves them out of the distributions', () => {
    const ref = seq(100, 37, 101, 10);
    const cur = [...seq(100, 37, 101, 10), null, null, '', null];
    const view = analyse(ref, cur, options);
    expect(view.report.emptyShare?.current.share).toBe(4 / 104);
    expect(view.report.ks?.statistic).toBe(0);
    expect(view.report.median?.delta).toBe(0);
  });

  it('marks metrics insufficient instead of failing on tiny samples', () => {
    const view = analyse([1, 2, 3], [4, 5, 6], options);
    expect(view.report.metrics.find((m) => m.id === 'ks')?.status).toBe('insufficient');
    expect(view.report.ks).toBeNull();
    expect(view.report.metrics.every((m) => m.value === null || Number.isFinite(m.value))).toBe(true);
  });

  it('replaces the instant p-value with the final one and re-judges the row', () => {
    const view = analyse(seq(40, 37, 101, 10), seq(55, 53, 103, 10, 1.5), { ...options, ksMethod: 'asymp' });
    const next = withKsPValue(view, 0.01, 'exact');
    expect(next.report.ks?.pValue).toBe(0.01);
    expect(next.report.ks?.method).toBe('exact');
    expect(next.report.metrics.find((m) => m.id === 'ks')?.verdict).toBe('alert');
    expect(next.report.overall).toBe('alert');
  });
});

describe('DKW bands', () => {
  it('gives each sample its 95% DKW half-width, √(ln 40 / 2n)', () => {
    const view = analyse(seq(400, 37, 101, 10), seq(100, 53, 103, 10, 1.5), options);
    expect(view.dkw?.reference).toBeCloseTo(Math.sqrt(Math.log(40) / 800), 14);
    expect(view.dkw?.current).toBeCloseTo(Math.sqrt(Math.log(40) / 200), 14);
  });

  it('has no band when a sample has no values', () => {
    expect(analyse([1, 2, 3], [null, null], options).dkw).toBeNull();
  });
});
