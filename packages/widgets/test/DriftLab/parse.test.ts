import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultColumn, parseCell, parseData, rawColumn } from '../../src/DriftLab/parse';

describe('parseCell', () => {
  it('reads blanks as empty, plain decimals as numbers and the rest as bad', () => {
    expect(parseCell('  ')).toEqual({ kind: 'empty' });
    expect(parseCell(null)).toEqual({ kind: 'empty' });
    expect(parseCell(' -1.5e3 ')).toEqual({ kind: 'number', value: -1500 });
    expect(parseCell('.5')).toEqual({ kind: 'number', value: 0.5 });
    expect(parseCell('0x10')).toEqual({ kind: 'bad', raw: '0x10' });
    expect(parseCell('Infinity')).toEqual({ kind: 'bad', raw: 'Infinity' });
    expect(parseCell(Number.NaN)).toEqual({ kind: 'bad', raw: 'NaN' });
  });
});

describe('parseData', () => {
  it('reads a one-column CSV with a header, empty cells and a bad row (line numbers from the file)', () => {
    const data = parseData('score\n1\n\n2.5\nabc\n4\n');
    expect(data.format).toBe('one value per line');
    expect(data.rows).toBe(5);
    const col = data.columns[0];
    expect(col?.name).toBe('score');
    expect(Array.from(col?.numbers ?? [])).toEqual([1, 2.5, 4]);
    expect(col?.empty).toBe(1);
    expect(col?.bad).toBe(1);
    expect(col?.badRows).toEqual([{ line: 5, value: 'abc' }]);
  });

  it('detects TSV and semicolons, names columns without a header, and picks the numeric column', () => {
    const tsv = parseData('id\tvalue\nx1\t3\nx2\t\nx3\t5\n');
    expect(tsv.format).toBe('TSV');
    expect(tsv.columns.map((c) => c.name)).toEqual(['id', 'value']);
    expect(defaultColumn(tsv)).toBe(1);
    const semi = parseData('1;2\n3;4\n');
    expect(semi.format).toBe('semicolon-separated');
    expect(semi.columns.map((c) => c.name)).toEqual(['Column 1', 'Column 2']);
    expect(Array.from(semi.columns[1]?.numbers ?? [])).toEqual([2, 4]);
  });

  it('reads JSON lines objects and bare numbers', () => {
    const data = parseData('{"a": 1, "b": "x"}\n{"a": null}\n{"a": 3, "b": 2}\n');
    expect(data.format).toBe('JSON lines');
    const a = data.columns.find((c) => c.name === 'a');
    expect(Array.from(a?.numbers ?? [])).toEqual([1, 3]);
    expect(a?.empty).toBe(1);
    const b = data.columns.find((c) => c.name === 'b');
    expect(b?.bad).toBe(1);
    expect(b?.empty).toBe(1);
  });

  it('reports broken JSON lines and empty input instead of throwing', () => {
    expect(parseData('{"a": 1}\n{oops\n').errors[0]).toMatch(/Line 2 is not valid JSON/);
    expect(parseData('   ').errors).toEqual(['The data is empty.']);
  });

  it('stops after maxRows and says so', () => {
    const data = parseData('1\n2\n3\n4\n5\n', 3);
    expect(data.rows).toBe(3);
    expect(data.truncated).toBe(true);
  });

  it('turns a column into the raw sample the report expects', () => {
    const col = parseData('1\n\nabc\n2\n').columns[0];
    expect(col && rawColumn(col)).toEqual([1, 2, null, 'bad']);
  });

  it('never throws and never yields a non-finite number on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const data = parseData(text);
        for (const c of data.columns) for (const v of c.numbers) expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('handles 1 MB of garbage in bounded time', () => {
    const chunk = 'a,"b\n;\t{x,1e999,,\u0000\n';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const data = parseData(text);
    for (const c of data.columns) for (const v of c.numbers) expect(Number.isFinite(v)).toBe(true);
    const jsonish = `{${'['.repeat(1000)}\n`.repeat(900);
    expect(parseData(jsonish).errors.length).toBeGreaterThan(0);
  }, 10_000);
});
