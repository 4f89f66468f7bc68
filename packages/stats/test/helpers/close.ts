import { expect } from 'vitest';

/** |actual − expected| <= abs, or <= rel·|expected|. */
export function expectClose(actual: number, expected: number, rel: number, abs = 0): void {
  const err = Math.abs(actual - expected);
  const ok = err <= abs || err <= rel * Math.abs(expected);
  if (!ok)
    expect.fail(
      `expected ${actual} ≈ ${expected} (abs err ${err}, rel ${err / Math.abs(expected)}; tol rel ${rel}, abs ${abs})`,
    );
}

/** Runs fn and returns the thrown error's `code` (fails if nothing is thrown). */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code ?? `no code: ${String(e)}`;
  }
  return 'did not throw';
}
