import { erfc } from './erfc.ts';
import { StatsInputError } from './errors.ts';
import { describe } from './internal/validate.ts';

/** Result of {@link twoProportionZTest}. */
export interface TwoProportionZTestResult {
  /** share₂ − share₁ in [−1, 1]. */
  difference: number;
  /** Pooled z score (0 when the pooled variance is 0). */
  z: number;
  /** Two-sided p-value erfc(|z|/√2) in [0, 1]; 1 when both samples are all-or-nothing alike. */
  pValue: number;
}

function count(value: number, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new StatsInputError('NON_FINITE', 'twoProportionZTest', `a finite ${name}`, describe(value));
  }
  if (!Number.isInteger(value) || value < 0) {
    throw new StatsInputError(
      'NOT_A_DISTRIBUTION',
      'twoProportionZTest',
      `${name} to be a non-negative integer`,
      describe(value),
    );
  }
  return value;
}

/**
 * Pooled two-proportion z-test (Evidently's `z` stattest formula), e.g. for the change in the
 * share of empty outputs.
 *
 * Plain English: is k₂/n₂ different from k₁/n₁ by more than chance? z = (p₂ − p₁)/√(p̂(1 − p̂)(1/n₁ + 1/n₂))
 * with the pooled share p̂; the two-sided p-value is erfc(|z|/√2), exact in the tails.
 *
 * Reference: Evidently `z_stattest.py`; any intro text (e.g. Agresti, Categorical Data Analysis §2.2).
 * Complexity: O(1).
 *
 * @param k1 - events in the reference (integer, 0 <= k1 <= n1)
 * @param n1 - reference size (integer >= 1)
 * @param k2 - events in the current sample
 * @param n2 - current size (integer >= 1)
 * @returns difference in [−1, 1], z, pValue in [0, 1]
 * @throws StatsInputError NON_FINITE, NOT_A_DISTRIBUTION (negative/non-integer counts or k > n), EMPTY_SAMPLE (n = 0)
 * @example
 * twoProportionZTest(5, 100, 15, 100).pValue; // ≈ 0.0201
 */
export function twoProportionZTest(k1: number, n1: number, k2: number, n2: number): TwoProportionZTestResult {
  const a = count(k1, 'k1');
  const na = count(n1, 'n1');
  const b = count(k2, 'k2');
  const nb = count(n2, 'n2');
  if (na === 0 || nb === 0)
    throw new StatsInputError('EMPTY_SAMPLE', 'twoProportionZTest', 'n1 >= 1 and n2 >= 1', `${na} and ${nb}`);
  if (a > na || b > nb)
    throw new StatsInputError('NOT_A_DISTRIBUTION', 'twoProportionZTest', 'k <= n', `${a}/${na} and ${b}/${nb}`);
  const difference = b / nb - a / na;
  const pooled = (a + b) / (na + nb);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
  if (!(se > 0)) return { difference, z: 0, pValue: 1 };
  const z = difference / se;
  return { difference, z, pValue: Math.min(1, erfc(Math.abs(z) / Math.SQRT2)) };
}
