import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/DriftLab/analysis';
import type { ParsedColumn } from '../../src/DriftLab/parse';
import { rawColumn } from '../../src/DriftLab/parse';
import { runTask } from '../../src/DriftLab/tasks';

/** A parsed column of n deterministic numbers (with ties) plus blank and unreadable cells. */
function column(n: number, offset: number, empty: number, bad: number): ParsedColumn {
  const numbers = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) / 10 + offset);
  return { name: 'latency', numbers, empty, bad, badRows: [] };
}

describe('Drift Lab data task', () => {
  const options = { ksMethod: 'auto' as const, thresholds: 'fixed' as const, overrides: {} };
  it('sorted columns with tallies give exactly the numbers of the raw cells', async () => {
    const reference = column(20000, 0, 120, 3);
    const current = column(15000, 0.4, 900, 0);
    const result = await runTask({ type: 'data', reference, current, options });
    expect(result.type).toBe('analysis');
    if (result.type !== 'analysis') return;
    expect(result.view).toEqual(analyse(rawColumn(reference), rawColumn(current), options));
    expect(result.view.report.emptyShare?.current.k).toBe(900);
    expect(result.view.report.dropped.reference.nonNumeric).toBe(123);
  });
  it('a column without numbers is left out of the distribution metrics, not an error', async () => {
    const result = await runTask({
      type: 'data',
      reference: column(0, 0, 50, 2),
      current: column(100, 0, 0, 0),
      options,
    });
    expect(result.type === 'analysis' && result.view.report.ks).toBeNull();
  });
});
