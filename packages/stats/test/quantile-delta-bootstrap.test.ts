import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../src/create-rng.ts';
import { quantileDelta } from '../src/quantile-delta.ts';
import { quantileDeltaBootstrap } from '../src/quantile-delta-bootstrap.ts';
import { quantiles } from '../src/quantiles.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { seeded } from './helpers/seeded-data.ts';

/** Textbook percentile bootstrap: draw indices, sort each resample, type-7 quantiles (same draws). */
function naiveBootstrap(x: number[], y: number[], ps: number[], reps: number, level: number, seed: number) {
  const rng = createRng(seed);
  const a = [...x].sort((u, v) => u - v);
  const b = [...y].sort((u, v) => u - v);
  const deltas = ps.map(() => [] as number[]);
  for (let r = 0; r < reps; r++) {
    const ra = a.map(() => a[Math.floor(rng() * a.length)] as number);
    const rb = b.map(() => b[Math.floor(rng() * b.length)] as number);
    const qa = quantiles(ra, ps);
    const qb = quantiles(rb, ps);
    for (let i = 0; i < ps.length; i++) deltas[i]?.push((qb[i] as number) - (qa[i] as number));
  }
  return deltas.map((d) => quantiles(d, [(1 - level) / 2, (1 + level) / 2]));
}

describe('quantileDeltaBootstrap', () => {
  const x = seeded(71, 400);
  const y = seeded(72, 300, 0.5);

  it('equals a textbook resample-and-sort bootstrap fed the same random draws', () => {
    const ps = [0, 0.1, 0.5, 0.9, 1];
    const rows = quantileDeltaBootstrap(x.slice(0, 60), y.slice(0, 45), ps, { reps: 200, level: 0.9, seed: 5 });
    const naive = naiveBootstrap(x.slice(0, 60), y.slice(0, 45), ps, 200, 0.9, 5);
    for (const [i, row] of rows.entries()) expect([row.lower, row.upper]).toEqual(naive[i]);
  });
  it('delta is quantileDelta’s delta; deterministic for a seed, different for another', () => {
    const ps = [0.25, 0.5, 0.9];
    const rows = quantileDeltaBootstrap(x, y, ps, { reps: 300, seed: 1 });
    expect(rows.map((r) => r.delta)).toEqual(quantileDelta(x, y, ps).map((r) => r.delta));
    expect(quantileDeltaBootstrap(x, y, ps, { reps: 300, seed: 1 })).toEqual(rows);
    expect(quantileDeltaBootstrap(x, y, ps, { reps: 300, seed: 2 })).not.toEqual(rows);
  });
  it('matches scipy.stats.bootstrap(method="percentile") within Monte Carlo error', () => {
    // x, y = seeded(71, 400), seeded(72, 300, 0.5); stat = lambda a, b, axis=-1:
    //   np.quantile(b, p, axis=axis) - np.quantile(a, p, axis=axis)
    // stats.bootstrap((x, y), stat, n_resamples=20000, method='percentile', confidence_level=0.95,
    //   rng=np.random.default_rng(0), vectorized=True).confidence_interval  (scipy 1.17.1)
    // → [p, delta, low, high]; another numpy seed moves the ends by <= 0.0016
    const expected: [number, number, number, number][] = [
      [0.25, 0.6525588765053817, 0.42871494029123103, 0.8899909582058854],
      [0.5, 0.5812256047880398, 0.3874979703512499, 0.7174107102758296],
      [0.9, 0.3236081456875457, 0.09770152985477051, 0.5094587090469238],
    ];
    const rows = quantileDeltaBootstrap(
      x,
      y,
      expected.map((e) => e[0]),
      { reps: 4000, seed: 7 },
    );
    rows.forEach((row, i) => {
      const [, delta, low, high] = expected[i] as [number, number, number, number];
      expectClose(row.delta, delta, 1e-12);
      // our ends move by ~0.005 (one sd) across seeds at 4000 reps
      expect(Math.abs(row.lower - low)).toBeLessThan(0.03);
      expect(Math.abs(row.upper - high)).toBeLessThan(0.03);
      expect(row.lower).toBeLessThanOrEqual(row.delta);
      expect(row.delta).toBeLessThanOrEqual(row.upper);
    });
  });
  it('properties: lower <= upper, a narrower level nests inside a wider one, never NaN', () => {
    const sample = fc.array(fc.double({ min: -1.7e308, max: 1.7e308, noNaN: true }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(sample, sample, fc.integer({ min: 0, max: 1000 }), (a, b, seed) => {
        const ps = [0, 0.3, 0.5, 1];
        const wide = quantileDeltaBootstrap(a, b, ps, { reps: 40, level: 0.95, seed });
        const narrow = quantileDeltaBootstrap(a, b, ps, { reps: 40, level: 0.5, seed });
        wide.forEach((row, i) => {
          for (const v of [row.delta, row.lower, row.upper]) expect(Number.isNaN(v)).toBe(false);
          expect(row.lower).toBeLessThanOrEqual(row.upper);
          expect(row.lower).toBeLessThanOrEqual(narrow[i]?.lower as number);
          expect(narrow[i]?.upper as number).toBeLessThanOrEqual(row.upper);
        });
      }),
      { numRuns: 100, seed: 73 },
    );
  });
  it('collapses to the delta when both samples are constant', () => {
    expect(quantileDeltaBootstrap([2, 2, 2], [5, 5], [0.5], { seed: 0 })).toEqual([
      { p: 0.5, delta: 3, lower: 3, upper: 3 },
    ]);
  });
  it.each([
    ['missing seed', () => quantileDeltaBootstrap([1], [2], [0.5], {} as never), 'INVALID_OPTION'],
    ['no options', () => quantileDeltaBootstrap([1], [2], [0.5], undefined as never), 'INVALID_OPTION'],
    ['NaN seed', () => quantileDeltaBootstrap([1], [2], [0.5], { seed: Number.NaN }), 'INVALID_OPTION'],
    ['reps 0', () => quantileDeltaBootstrap([1], [2], [0.5], { seed: 1, reps: 0 }), 'INVALID_OPTION'],
    ['reps 2.5', () => quantileDeltaBootstrap([1], [2], [0.5], { seed: 1, reps: 2.5 }), 'INVALID_OPTION'],
    ['level 0', () => quantileDeltaBootstrap([1], [2], [0.5], { seed: 1, level: 0 }), 'INVALID_OPTION'],
    ['level 1', () => quantileDeltaBootstrap([1], [2], [0.5], { seed: 1, level: 1 }), 'INVALID_OPTION'],
    ['bad p', () => quantileDeltaBootstrap([1], [2], [1.5], { seed: 1 }), 'INVALID_OPTION'],
    ['empty', () => quantileDeltaBootstrap([], [2], [0.5], { seed: 1 }), 'EMPTY_SAMPLE'],
    ['NaN', () => quantileDeltaBootstrap([1], [Number.NaN], [0.5], { seed: 1 }), 'NON_FINITE'],
    ['Infinity', () => quantileDeltaBootstrap([Number.POSITIVE_INFINITY], [1], [0.5], { seed: 1 }), 'NON_FINITE'],
  ])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
