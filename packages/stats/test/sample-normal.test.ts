import { describe, expect, it } from 'vitest';
import { createRng } from '../src/create-rng.ts';
import { sampleNormal } from '../src/sample-normal.ts';
import { codeOf } from './helpers/close.ts';

describe('sampleNormal', () => {
  it('has the requested mean and sd and is reproducible', () => {
    const x = sampleNormal(createRng(1), 50000, 10, 2);
    const mean = x.reduce((s, v) => s + v, 0) / x.length;
    const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length);
    expect(Math.abs(mean - 10)).toBeLessThan(0.05);
    expect(Math.abs(sd - 2)).toBeLessThan(0.05);
    expect(sampleNormal(createRng(1), 3)).toEqual(sampleNormal(createRng(1), 3));
  });
  it('error codes', () => {
    expect(codeOf(() => sampleNormal(createRng(1), -1))).toBe('INVALID_OPTION');
    expect(codeOf(() => sampleNormal(createRng(1), 3, 0, 0))).toBe('INVALID_OPTION');
    expect(codeOf(() => sampleNormal(createRng(1), 3, Number.NaN))).toBe('NON_FINITE');
    expect(codeOf(() => sampleNormal('x' as never, 3))).toBe('INVALID_OPTION');
  });
});
