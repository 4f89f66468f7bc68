import { describe, expect, it } from 'vitest';
import { isEmptyValue } from '../src/is-empty-value.ts';

describe('isEmptyValue', () => {
  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '', ' \n\t', []])(
    '%j is empty',
    (v) => {
      expect(isEmptyValue(v)).toBe(true);
    },
  );
  it.each([0, -1, 'x', [0], {}, false])('%j is not empty', (v) => {
    expect(isEmptyValue(v)).toBe(false);
  });
});
