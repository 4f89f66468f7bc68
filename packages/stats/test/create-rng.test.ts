import { describe, expect, it } from 'vitest';
import { createRng } from '../src/create-rng.ts';
import { codeOf } from './helpers/close.ts';

describe('createRng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xa = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xa);
  });
  it('draws uniform values in [0, 1) (mean and decile counts)', () => {
    const rng = createRng(7);
    const n = 100000;
    const bins = new Array(10).fill(0);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const u = rng();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      bins[Math.floor(u * 10)]++;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    for (const b of bins) expect(Math.abs(b - n / 10)).toBeLessThan(600);
  });
  it('error code for a non-finite seed', () => {
    expect(codeOf(() => createRng(Number.NaN))).toBe('INVALID_OPTION');
  });
});
