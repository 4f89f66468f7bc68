import { describe, expect, it } from 'vitest';
import { createRng } from '../src/create-rng.ts';
import { sampleMixture } from '../src/sample-mixture.ts';
import { codeOf } from './helpers/close.ts';

describe('sampleMixture', () => {
  it('mixes components by weight', () => {
    const x = sampleMixture(createRng(4), 20000, [
      { weight: 0.9, mean: 0, sd: 0.1 },
      { weight: 0.1, mean: 10, sd: 0.1 },
    ]);
    const high = x.filter((v) => v > 5).length / x.length;
    expect(Math.abs(high - 0.1)).toBeLessThan(0.01);
  });
  it('error codes', () => {
    expect(codeOf(() => sampleMixture(createRng(1), 3, []))).toBe('EMPTY_SAMPLE');
    expect(codeOf(() => sampleMixture(createRng(1), 3, [{ weight: 1, mean: 0, sd: 0 }]))).toBe('INVALID_OPTION');
  });
});
