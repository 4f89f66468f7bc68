import { describe, expect, it } from 'vitest';
import { StatsInputError } from '../src/errors.ts';

describe('StatsInputError', () => {
  it('carries name, code and the house message form', () => {
    const e = new StatsInputError('INVALID_OPTION', 'psi', 'bins >= 2', '1');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('StatsInputError');
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toBe('psi requires bins >= 2 (got 1)');
  });
});
