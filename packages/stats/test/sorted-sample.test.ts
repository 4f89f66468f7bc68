import { describe, expect, it } from 'vitest';
import { driftReport } from '../src/drift-report.ts';
import { ecdf } from '../src/ecdf.ts';
import { ecdfBand } from '../src/ecdf-band.ts';
import { fitReference } from '../src/fit-reference.ts';
import { ksTwoSample } from '../src/ks-two-sample.ts';
import { psi } from '../src/psi.ts';
import { quantileDelta } from '../src/quantile-delta.ts';
import { quantiles } from '../src/quantiles.ts';
import { sortedSample } from '../src/sorted-sample.ts';
import { wasserstein1 } from '../src/wasserstein1.ts';
import { AWKWARD_KINDS, awkwardSample, sameBits } from './helpers/awkward-samples.ts';
import { codeOf } from './helpers/close.ts';

describe('sortedSample: sort once, share with every metric', () => {
  it('every metric gives the same result for a SortedSample as for the raw array', () => {
    for (const kind of AWKWARD_KINDS) {
      for (const order of ['shuffled', 'ascending', 'descending'] as const) {
        const ref = awkwardSample(11, 3001, kind, order);
        const cur = awkwardSample(12, 2500, kind, order);
        const sr = sortedSample(ref);
        const sc = sortedSample(cur);
        const label = `${kind} ${order}`;
        expect(ksTwoSample(sr, sc, { method: 'asymp' }), label).toEqual(ksTwoSample(ref, cur, { method: 'asymp' }));
        expect(wasserstein1(sr, sc), label).toEqual(wasserstein1(ref, cur));
        expect(psi(sr, sc), label).toEqual(psi(ref, cur));
        expect(quantiles(sr, [0, 0.1, 0.5, 1]), label).toEqual(quantiles(ref, [0, 0.1, 0.5, 1]));
        expect(quantileDelta(sr, sc, [0.25, 0.75]), label).toEqual(quantileDelta(ref, cur, [0.25, 0.75]));
        expect(ecdf(sr), label).toEqual(ecdf(ref));
        expect(ecdfBand(sc, 0.1), label).toEqual(ecdfBand(cur, 0.1));
        expect(driftReport(sr, sc, { ksMethod: 'asymp' }), label).toEqual(driftReport(ref, cur, { ksMethod: 'asymp' }));
      }
    }
  });
  it('holds an ascending copy and leaves the input alone', () => {
    const input = awkwardSample(3, 2000, 'zeros');
    const before = input.slice();
    const s = sortedSample(input);
    expect(sameBits(s.values, input.slice().sort())).toBe(true);
    expect(sameBits(input, before)).toBe(true);
    expect(s.values).not.toBe(input);
    expect(Object.isFrozen(s)).toBe(true);
  });
  it('is used as it is: the fitted reference keeps the very same array (no copy, no re-sort)', () => {
    const s = sortedSample(awkwardSample(4, 5000, 'normal'));
    expect(fitReference(s).sorted).toBe(s.values);
  });
  it('a look-alike object is not trusted as sorted', () => {
    const fake = { kind: 'sorted-sample', values: Float64Array.from([3, 1, 2]), tally: { empty: 0, unreadable: 0 } };
    expect(codeOf(() => ksTwoSample(fake as never, [1, 2, 3]))).toBe('EMPTY_SAMPLE');
  });
  it('a tally reproduces the raw report of numbers, blanks (null) and unreadable cells', () => {
    const ref = awkwardSample(5, 4000, 'ties');
    const cur = awkwardSample(6, 3000, 'normal');
    const rawRef: unknown[] = [...ref, ...Array(37).fill(null), ...Array(5).fill('n/a')];
    const rawCur: unknown[] = [...cur, ...Array(400).fill(null), 'oops'];
    const tallied = driftReport(
      sortedSample(ref, { empty: 37, unreadable: 5 }),
      sortedSample(cur, { empty: 400, unreadable: 1 }),
      { ksMethod: 'asymp', thresholds: 'sample-size-aware' },
    );
    expect(tallied).toEqual(driftReport(rawRef, rawCur, { ksMethod: 'asymp', thresholds: 'sample-size-aware' }));
    expect(tallied.emptyShare?.current.k).toBe(400);
    const zeroIsEmpty = (v: unknown) => v === null || v === 0;
    expect(driftReport(rawRef, rawCur, { isEmpty: zeroIsEmpty }).emptyShare).toEqual(
      driftReport(sortedSample(ref, { empty: 37, unreadable: 5 }), sortedSample(cur, { empty: 400, unreadable: 1 }), {
        isEmpty: zeroIsEmpty,
      }).emptyShare,
    );
  });
  it('error codes', () => {
    expect(codeOf(() => sortedSample([]))).toBe('EMPTY_SAMPLE');
    expect(codeOf(() => sortedSample(Float64Array.from([1, Number.NaN])))).toBe('NON_FINITE');
    expect(codeOf(() => sortedSample([1, Number.POSITIVE_INFINITY]))).toBe('NON_FINITE');
    expect(codeOf(() => sortedSample([1], { empty: -1 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => sortedSample([1], { unreadable: 0.5 }))).toBe('INVALID_OPTION');
  });
});
