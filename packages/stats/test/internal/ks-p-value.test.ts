import { describe, expect, it } from 'vitest';
import { roundHalfEven } from '../../src/internal/ks-p-value.ts';

describe('roundHalfEven (numpy.round)', () => {
  it.each([
    [0.5, 0],
    [1.5, 2],
    [2.5, 2],
    [3.5, 4],
    [2.4999, 2],
    [7.6, 8],
  ])('round(%f) = %d', (x, r) => expect(roundHalfEven(x)).toBe(r));
});
