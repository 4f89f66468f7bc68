import { describe, expect, it } from 'vitest';
import { createRng } from '../src/create-rng.ts';
import { quantiles } from '../src/quantiles.ts';
import { sampleLognormal } from '../src/sample-lognormal.ts';
import { codeOf } from './helpers/close.ts';

describe('sampleLognormal', () => {
  it('is positive with median e^mu', () => {
    const x = sampleLognormal(createRng(2), 40000, Math.log(120), 0.4);
    expect(x.every((v) => v > 0)).toBe(true);
    expect(Math.abs((quantiles(x, [0.5])[0] as number) / 120 - 1)).toBeLessThan(0.02);
  });
  it('error codes', () => {
    expect(codeOf(() => sampleLognormal(createRng(1), 3, 0, -1))).toBe('INVALID_OPTION');
    expect(codeOf(() => sampleLognormal(createRng(1), 1.5))).toBe('INVALID_OPTION');
  });
});
