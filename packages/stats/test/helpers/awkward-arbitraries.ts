import fc from 'fast-check';

/**
 * fast-check doubles that stress sorting and merge walks: small integers (many ties), ±0,
 * subnormals, values near ±MAX_VALUE and ordinary doubles — all finite.
 */
export const awkwardDouble: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(
    0,
    -0,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
    2.2250738585072014e-308,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
  ),
  fc.double({ min: -1e-300, max: 1e-300, noNaN: true }),
  fc.double({ min: -Number.MAX_VALUE, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -10, max: 10, noNaN: true }),
);

/** How a generated sample is presented to the code under test. */
export type Presentation = 'as drawn' | 'ascending' | 'descending';

/**
 * A Float64Array of awkward doubles (length up to `maxLength`, so both the small-array and the
 * radix paths run), presented as drawn, already ascending, or descending.
 */
export function awkwardArray(minLength: number, maxLength: number): fc.Arbitrary<Float64Array> {
  return fc
    .tuple(
      fc.array(awkwardDouble, { minLength, maxLength, size: 'max' }),
      fc.constantFrom<Presentation>('as drawn', 'ascending', 'descending'),
    )
    .map(([values, presentation]) => {
      const out = Float64Array.from(values);
      if (presentation === 'ascending') out.sort();
      if (presentation === 'descending') out.sort().reverse();
      return out;
    });
}
