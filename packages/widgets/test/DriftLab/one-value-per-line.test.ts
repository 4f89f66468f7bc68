import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOneValuePerLine } from '../../src/DriftLab/one-value-per-line';
import { parseData, parseDelimited } from '../../src/DriftLab/parse';

/** Cells a hostile or careless export holds: exponents, huge and subnormal numbers, NaN, blanks, text. */
const cell = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer().map(String),
  fc.constantFrom('', ' ', '  1.5 ', '-0', '+.5', '5.', '1e308', '1e309', '-1.7976931348623157e308', '5e-324'),
  fc.constantFrom('4.9e-325', '2.2250738585072014e-308', 'NaN', 'nan', 'Infinity', '-Infinity', '1e', '0x1F'),
  fc.constantFrom('abc', 'latency_ms', '\u00a0', '\ufeff7', '1\r', '\r', '3 4', 'é', '1.2.3', '--1', '١٢'),
);
const linebreak = fc.constantFrom('\n', '\r\n', '\r');
/** A file of one value per line: random line breaks (mixed too), maybe a BOM, maybe trailing blank lines. */
const oneValueFile = fc
  .record({
    bom: fc.boolean(),
    cells: fc.array(fc.tuple(cell, linebreak), { minLength: 1, maxLength: 40 }),
    mixed: fc.boolean(),
    tail: fc.constantFrom('', '\n', '\n\n', '\r\n', '\r\n\r\n'),
  })
  .map(({ bom, cells, mixed, tail }) => {
    const first = cells[0]?.[1] ?? '\n';
    const body = cells.map(([c, b]) => c + (mixed ? b : first)).join('');
    return `${bom ? '\ufeff' : ''}${body}${tail}`;
  });

/** What parseData does before either path: drop one final line break. */
const bodyOf = (text: string) => text.replace(/\r?\n$/, '');

describe('parseOneValuePerLine', () => {
  it('reads exactly what papaparse reads, on random and hostile one-value files', () => {
    fc.assert(
      fc.property(oneValueFile, fc.integer({ min: 1, max: 45 }), (text, maxRows) => {
        const body = bodyOf(text);
        const fast = parseOneValuePerLine(body, maxRows);
        if (fast === null) return; // nothing usable: the general path says why
        expect(fast).toEqual(parseDelimited(body, maxRows));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes every one-value file with a number in it (the fast path is the common case)', () => {
    fc.assert(
      fc.property(oneValueFile, (text) => {
        fc.pre(/\d/.test(text) && !/[",\t;|]/.test(text));
        expect(parseOneValuePerLine(bodyOf(text), 1000)).not.toBeNull();
      }),
    );
  });

  it('leaves quotes and delimiters to papaparse, and parseData still reads them', () => {
    for (const text of ['"1"\n2', 'a,b\n1,2', '1\t2', '1;2', '1|2']) {
      expect(parseOneValuePerLine(text, 10)).toBeNull();
      expect(parseData(text)).toEqual(parseDelimited(text));
    }
  });

  it('keeps line numbers, empty and bad counts, the header and the row cap', () => {
    const data = parseOneValuePerLine('\ufeffscore\r\n1\r\n\r\n2e3\r\nNaN\r\n1e400\r\n5e-324', 1000);
    expect(data?.columns[0]?.name).toBe('score');
    expect(Array.from(data?.columns[0]?.numbers ?? [])).toEqual([1, 2000, 5e-324]);
    expect(data?.columns[0]?.empty).toBe(1);
    expect(data?.columns[0]?.badRows).toEqual([
      { line: 5, value: 'NaN' },
      { line: 6, value: '1e400' },
    ]);
    const capped = parseOneValuePerLine('1\n2\n3\n4', 2);
    expect(capped?.rows).toBe(2);
    expect(capped?.truncated).toBe(true);
  });
});
