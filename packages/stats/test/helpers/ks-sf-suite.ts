import { describe, expect, it } from 'vitest';
import { codeOf, expectClose } from './close.ts';
import { KS_SF_GRID } from './scipy-ks-sf-grid.ts';

/** What one survival-function test file checks against scipy on {@link KS_SF_GRID}. */
export interface KsSfSuite {
  /** The `describe` title, e.g. "smirnovSf — scipy parity (Birnbaum–Tingey sum)". */
  title: string;
  /** The function under test: P(D ≥ d) for a sample of size n. */
  sf: (n: number, d: number) => number;
  /** Which scipy column of the grid is the reference. */
  reference: 'kstwoSf' | 'smirnov';
  /** Relative tolerance passed to `expectClose`. */
  rel: number;
  /** Absolute tolerance passed to `expectClose`. */
  abs: number;
}

/**
 * The shared suite for `kolmogorovSf` and `smirnovSf`: every grid point against its scipy value,
 * the values at d = 0 and d = 1, and the error codes for a bad n or a non-finite d.
 */
export function describeKsSfSuite({ title, sf, reference, rel, abs }: KsSfSuite): void {
  const column = reference === 'kstwoSf' ? 2 : 3;
  const cases = KS_SF_GRID.map((row) => [row[0], row[1], row[column]] as const);
  describe(title, () => {
    it.each(cases)('n = %d, d = %f', (n, x, expected) => {
      expectClose(sf(n, x), expected, rel, abs);
    });
    it('edge values', () => {
      expect(sf(10, 0)).toBe(1);
      expect(sf(10, 1)).toBe(0);
    });
    it('error codes', () => {
      expect(codeOf(() => sf(0, 0.1))).toBe('INVALID_OPTION');
      expect(codeOf(() => sf(2.5, 0.1))).toBe('INVALID_OPTION');
      expect(codeOf(() => sf(5, Number.NaN))).toBe('NON_FINITE');
    });
  });
}
