import { describe, expect, it } from 'vitest';
import { chiSquareQuantile } from '../../src/chi-square-quantile.ts';
import { thresholdFor, verdictOf } from '../../src/internal/drift-thresholds.ts';

const ctx = { n: 200, m: 100, bins: 10, w1NullRatio: 0.5 };

describe('drift thresholds', () => {
  it('fixed PSI uses the 0.1/0.25 rule; aware PSI the chi-square null', () => {
    expect(thresholdFor('psi', 'fixed', ctx)).toMatchObject({ warn: 0.1, alert: 0.25, basis: 'fixed' });
    const aware = thresholdFor('psi', 'sample-size-aware', ctx);
    expect(aware.alert).toBeCloseTo((1 / 200 + 1 / 100) * chiSquareQuantile(0.99, 9), 14);
  });
  it('verdicts respect the direction', () => {
    const t = { warn: 0.1, alert: 0.25, basis: 'fixed' as const, source: '' };
    expect(verdictOf(0.05, t, true)).toBe('ok');
    expect(verdictOf(0.1, t, true)).toBe('warn');
    expect(verdictOf(0.3, t, true)).toBe('alert');
    const p = { warn: 0.15, alert: 0.05, basis: 'fixed' as const, source: '' };
    expect(verdictOf(0.5, p, false)).toBe('ok');
    expect(verdictOf(0.1, p, false)).toBe('warn');
    expect(verdictOf(0.05, p, false)).toBe('alert');
  });
});
