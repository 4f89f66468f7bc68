import { describe, expect, it } from 'vitest';
import { createRng } from '../src/create-rng.ts';
import { sampleCategorical } from '../src/sample-categorical.ts';
import { codeOf } from './helpers/close.ts';

describe('sampleCategorical', () => {
  it('draws indices with the requested shares and never a zero-weight index', () => {
    const x = sampleCategorical(createRng(3), 30000, [0.5, 0, 0.3, 0.2]);
    const counts = [0, 0, 0, 0];
    for (const k of x) counts[k] = (counts[k] as number) + 1;
    expect(counts[1]).toBe(0);
    expect(Math.abs((counts[0] as number) / 30000 - 0.5)).toBeLessThan(0.01);
    expect(Math.abs((counts[3] as number) / 30000 - 0.2)).toBeLessThan(0.01);
  });
  it('error codes', () => {
    expect(codeOf(() => sampleCategorical(createRng(1), 3, []))).toBe('EMPTY_SAMPLE');
    expect(codeOf(() => sampleCategorical(createRng(1), 3, [1, -1]))).toBe('NOT_A_DISTRIBUTION');
    expect(codeOf(() => sampleCategorical(createRng(1), 3, [0, 0]))).toBe('NOT_A_DISTRIBUTION');
  });
});
