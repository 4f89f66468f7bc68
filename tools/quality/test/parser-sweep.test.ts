import { describe, expect, it } from 'vitest';
import { parserNames, parserSweep } from '../src/parser-sweep.mjs';

describe('parserNames', () => {
  it('finds exported parse/decode/load/read functions and consts, not private ones', () => {
    const source = `export function parseQlog(t) {}\nexport const decodeBoard = () => 1;\nfunction parseLocal() {}\nexport function format() {}\nexport async function loadProgress() {}`;
    expect(parserNames(source)).toEqual(['parseQlog', 'decodeBoard', 'loadProgress']);
  });
});

describe('parserSweep', () => {
  it('sorts the tests that mention a parser into property/fuzz tests and the rest', () => {
    const rows = parserSweep(
      [{ file: 'src/a.ts', source: 'export function parseA() {}\nexport function parseB() {}' }],
      [
        { file: 'test/a.test.ts', source: "import fc from 'fast-check'; parseA('x')" },
        { file: 'test/b.test.ts', source: 'parseB(1); parseA(2)' },
        { file: 'test/c.fuzz.test.ts', source: 'parseB(1)' },
      ],
    );
    expect(rows).toEqual([
      { file: 'src/a.ts', name: 'parseA', propertyTests: ['test/a.test.ts'], otherTests: ['test/b.test.ts'] },
      { file: 'src/a.ts', name: 'parseB', propertyTests: ['test/c.fuzz.test.ts'], otherTests: ['test/b.test.ts'] },
    ]);
  });
});
