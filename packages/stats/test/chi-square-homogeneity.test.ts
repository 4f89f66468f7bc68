import { describe, expect, it } from 'vitest';
import { chiSquareHomogeneity } from '../src/chi-square-homogeneity.ts';
import { codeOf, expectClose } from './helpers/close.ts';
import { CHI2_CASES } from './helpers/scipy-dist-cases.ts';

describe('chiSquareHomogeneity', () => {
  it('scipy chi2_contingency fixtures', () => {
    const a = chiSquareHomogeneity([30, 20], [25, 25]);
    expectClose(a.statistic, 0.6465, 0, 1e-4);
    expectClose(a.pValue, 0.42138, 0, 1e-5);
    const b = chiSquareHomogeneity([30, 20], [25, 25], { correction: false });
    expectClose(b.statistic, 1.0101, 0, 1e-4);
    const c = chiSquareHomogeneity([50, 30, 0], [40, 30, 10]);
    expect(c.dof).toBe(2);
    expectClose(c.pValue, 0.0038659, 0, 1e-7);
  });
  it.each(CHI2_CASES)('scipy chi2_contingency parity %j vs %j (correction %s)', (r, c, correction, stat, p, dof, v) => {
    const res = chiSquareHomogeneity(r, c, { correction });
    expectClose(res.statistic, stat, 1e-9);
    expectClose(res.pValue, p, 1e-9, 1e-14);
    expect(res.dof).toBe(dof);
    expectClose(res.cramersV, v, 1e-9);
  });
  it('drops categories empty in both; residuals and expected', () => {
    const res = chiSquareHomogeneity([10, 0, 5, 0], [3, 0, 9, 1]);
    expect(res.categories).toEqual([0, 2, 3]);
    expect(res.expected[0]?.length).toBe(3);
    const e = res.expected[0]?.[0] as number;
    expectClose(res.residuals[0]?.[0] as number, (10 - e) / Math.sqrt(e), 1e-12);
    expect(res.warnings.length).toBeGreaterThan(0);
  });
  it('one category: statistic 0, p 1', () => {
    expect(chiSquareHomogeneity([5, 0], [7, 0])).toMatchObject({ statistic: 0, pValue: 1, dof: 0 });
  });
  it.each([
    ['empty', () => chiSquareHomogeneity([], []), 'EMPTY_SAMPLE'],
    ['negative counts', () => chiSquareHomogeneity([1, -2], [1, 1]), 'NOT_A_DISTRIBUTION'],
    ['zero row', () => chiSquareHomogeneity([0, 0], [1, 1]), 'NOT_A_DISTRIBUTION'],
    ['NaN', () => chiSquareHomogeneity([1, Number.NaN], [1, 1]), 'NON_FINITE'],
    ['length mismatch', () => chiSquareHomogeneity([1, 2], [1]), 'LENGTH_MISMATCH'],
    ['correction not boolean', () => chiSquareHomogeneity([1], [1], { correction: 'yes' as never }), 'INVALID_OPTION'],
  ])('error code: %s', (_, fn, code) => expect(codeOf(fn)).toBe(code));
});
