import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driftReport } from '../src/drift-report.ts';
import { fitReference } from '../src/fit-reference.ts';
import { jensenShannonDistance } from '../src/jensen-shannon-distance.ts';
import { ksTwoSample } from '../src/ks-two-sample.ts';
import { psi } from '../src/psi.ts';
import { wasserstein1 } from '../src/wasserstein1.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { seeded, seq } from './helpers/seeded-data.ts';

function hasNaN(v: unknown): boolean {
  if (typeof v === 'number') return Number.isNaN(v);
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return Array.from(v as ArrayLike<unknown>).some(hasNaN);
  if (v && typeof v === 'object') return Object.values(v).some(hasNaN);
  return false;
}

const x = seq(300, 7919, 1000, 100);
const y = seq(200, 104729, 997, 100, 1.0);

describe('driftReport', () => {
  it('agrees with the standalone metrics and lists every metric in order', () => {
    const r = driftReport(x, y);
    expect(r.metrics.map((m) => m.id)).toEqual([
      'ks',
      'wasserstein',
      'psi',
      'jensenShannon',
      'medianShift',
      'emptyShare',
    ]);
    expect(r.ks).toEqual(ksTwoSample(x, y));
    expect(r.wasserstein).toEqual(wasserstein1(x, y));
    expect(r.psi).toEqual(psi(x, y));
    const refCounts = r.psi?.bins.map((b) => b.refCount) ?? [];
    const curCounts = r.psi?.bins.map((b) => b.curCount) ?? [];
    expectClose(r.jensenShannon?.distance as number, jensenShannonDistance(refCounts, curCounts), 0, 1e-15);
    expect(r.metrics[2]).toMatchObject({
      value: r.psi?.value,
      verdict: 'alert',
      status: 'ok',
      direction: 'higher-is-drift',
    });
    expect(r.metrics[0]).toMatchObject({ value: r.ks?.pValue, direction: 'lower-is-drift' });
    expect(r.overall).toBe('alert');
    expect(r.histogram?.reference.reduce((s, c) => s + c, 0)).toBe(300);
    expect(r.histogram?.current.reduce((s, c) => s + c, 0)).toBe(200);
    expect(r.median?.p).toBe(0.5);
    expect(r.quantiles).toHaveLength(5);
  });
  it('a fitted reference gives the same report as the raw reference', () => {
    const a = seeded(71, 3000);
    const b = seeded(72, 2000, 0.1);
    const fitted = fitReference(a);
    expect(driftReport(fitted, b, { ksMethod: 'asymp' })).toEqual(driftReport(a, b, { ksMethod: 'asymp' }));
    expect(driftReport(fitted, b, { psiBins: 5 }).psi?.bins).toHaveLength(5);
  });
  it('cleans messy input, counts drops and compares empty shares', () => {
    const r = driftReport([1, 2, 3, Number.NaN, null, 4], [2, '', 3, Number.POSITIVE_INFINITY, 5]);
    expect(r.nReference).toBe(4);
    expect(r.nCurrent).toBe(3);
    expect(r.dropped.current).toEqual({ nan: 0, posInf: 1, negInf: 0, nonNumeric: 1 });
    expect(r.emptyShare?.reference.k).toBe(2);
    expect(r.emptyShare?.current.k).toBe(2);
    expect(r.warnings.length).toBe(2);
  });
  it('typed arrays with NaN and ±Infinity: the same empty shares and drops as plain arrays', () => {
    const ref = [1, Number.NaN, 2, 3, Number.NEGATIVE_INFINITY, 4, 5];
    const cur = [2, 3, Number.POSITIVE_INFINITY, Number.NaN, Number.NaN, 6];
    for (const [r, c] of [
      [Float64Array.from(ref), Float64Array.from(cur)],
      [Float32Array.from(ref), Float32Array.from(cur)],
    ] as const) {
      const typed = driftReport(r, c);
      const plain = driftReport(ref, cur);
      expect(typed.emptyShare).toEqual(plain.emptyShare);
      expect(typed.dropped).toEqual(plain.dropped);
      expect(typed.emptyShare?.current.k).toBe(3);
    }
    // a custom predicate is still asked about every cell
    const custom = driftReport(Float64Array.from(ref), Float64Array.from(cur), { isEmpty: (v) => v === 2 });
    expect(custom.emptyShare?.reference.k).toBe(1);
    expect(custom.emptyShare?.current.k).toBe(1);
  });
  it("marks metrics 'insufficient' with a reason instead of throwing", () => {
    const empty = driftReport([1, 2, 3], [Number.NaN]);
    expect(empty.metrics.slice(0, 5).every((m) => m.status === 'insufficient' && m.value === null && m.reason)).toBe(
      true,
    );
    expect(empty.ks).toBeNull();
    const small = driftReport(seeded(73, 50), seeded(74, 5), { minSamples: 10 });
    expect(small.metrics[0]?.reason).toContain('minSamples');
    const constant = driftReport([2, 2, 2, 2], [2, 2]);
    expect(constant.metrics.find((m) => m.id === 'psi')?.status).toBe('insufficient');
    expect(constant.metrics.find((m) => m.id === 'medianShift')?.status).toBe('insufficient');
    expect(constant.metrics.find((m) => m.id === 'ks')?.status).toBe('ok');
    expect(driftReport([], []).overall).toBe('insufficient');
  });
  it('sample-size-aware thresholds follow n, m and bins; overrides win', () => {
    const a = seeded(75, 100);
    const b = seeded(76, 100);
    const fixed = driftReport(a, b, { thresholds: 'fixed' });
    const aware = driftReport(a, b, { thresholds: 'sample-size-aware' });
    const psiAware = aware.metrics.find((m) => m.id === 'psi');
    expectClose(psiAware?.threshold?.alert as number, aware.psi?.criticalValue as number, 1e-12);
    expect(fixed.metrics.find((m) => m.id === 'psi')?.threshold?.alert).toBe(0.25);
    const big = driftReport(seeded(77, 5000), seeded(78, 5000), { thresholds: 'sample-size-aware' });
    const w = (r: typeof aware) => r.metrics.find((m) => m.id === 'wasserstein')?.threshold?.alert as number;
    expect(w(big)).toBeLessThan(w(aware));
    const o = driftReport(a, b, { thresholdOverrides: { psi: { warn: 0, alert: 0 } } });
    expect(o.metrics.find((m) => m.id === 'psi')).toMatchObject({ verdict: 'alert', threshold: { basis: 'override' } });
  });
  it('property: never NaN, whatever the input', () => {
    const messy = fc.array(fc.oneof(fc.double(), fc.constant(null), fc.constant(''), fc.integer({ min: -3, max: 3 })), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(messy, messy, (a, b) => {
        const r = driftReport(a, b, { ksMethod: 'asymp' });
        expect(hasNaN(r)).toBe(false);
      }),
      { numRuns: 150, seed: 13 },
    );
  });
  it.each([
    ['unknown ksMethod', () => driftReport([1], [1], { ksMethod: 'fast' as never }), 'INVALID_OPTION'],
    ['psiBins < 2', () => driftReport([1], [1], { psiBins: 1 }), 'INVALID_OPTION'],
    ['unknown thresholds mode', () => driftReport([1], [1], { thresholds: 'auto' as never }), 'INVALID_OPTION'],
    [
      'bad override',
      () => driftReport([1], [1], { thresholdOverrides: { psi: { warn: Number.NaN, alert: 1 } } }),
      'INVALID_OPTION',
    ],
    [
      'unknown override id',
      () => driftReport([1], [1], { thresholdOverrides: { foo: { warn: 1, alert: 1 } } as never }),
      'INVALID_OPTION',
    ],
    ['minSamples 0', () => driftReport([1], [1], { minSamples: 0 }), 'INVALID_OPTION'],
  ])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
