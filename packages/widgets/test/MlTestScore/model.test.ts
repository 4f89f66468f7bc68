import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TestLevel } from '../../src/MlTestScore/config';
import { bandOf, decodeBoard, encodeBoard, scoreBoard } from '../../src/MlTestScore/model';
import { EXAMPLE_BOARD } from '../../src/MlTestScore/state';

const board = (code: string) => decodeBoard(code) as TestLevel[];

describe('scoreBoard', () => {
  it("reproduces the page's example: 6, 5, 4.5 and 1 → final 1", () => {
    const score = scoreBoard(board(EXAMPLE_BOARD));
    expect(score.sections.map((s) => s.sum)).toEqual([6, 5, 4.5, 1]);
    expect(score.final).toBe(1);
    expect(score.band).toBe('Possibly serious holes in reliability');
    expect(score.weakest).toEqual(['Monitoring']);
    expect(score.nextCap).toBe(4.5);
    expect(score.average).toBe(16.5 / 4);
  });

  it('scores an all-automated board 7 (exceptional) and an empty board 0 (research project)', () => {
    expect(scoreBoard(board('2'.repeat(28))).final).toBe(7);
    expect(scoreBoard(board('2'.repeat(28))).band).toBe('Exceptional');
    const empty = scoreBoard(board('0'.repeat(28)));
    expect(empty.final).toBe(0);
    expect(empty.band).toMatch(/research project/);
    expect(empty.weakest).toHaveLength(4);
    expect(empty.nextCap).toBe(0);
  });

  it('counts manual as 0.5 and automated as 1 per section', () => {
    const score = scoreBoard(board('1111111' + '2222222' + '2110000' + '2222222'));
    expect(score.sections.map((s) => [s.sum, s.automated, s.manual])).toEqual([
      [3.5, 0, 7],
      [7, 7, 0],
      [2, 1, 2],
      [7, 7, 0],
    ]);
    expect(score.final).toBe(2);
  });

  it('is the minimum section sum for any board', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<TestLevel>('none', 'manual', 'automated'), { minLength: 28, maxLength: 28 }),
        (levels) => {
          const score = scoreBoard(levels);
          expect(score.final).toBe(Math.min(...score.sections.map((s) => s.sum)));
          expect(score.final).toBeGreaterThanOrEqual(0);
          expect(score.final).toBeLessThanOrEqual(7);
        },
      ),
    );
  });
});

describe('bandOf', () => {
  it('uses the 2017 bands with inclusive upper bounds', () => {
    expect(bandOf(0)).toMatch(/research/);
    expect(bandOf(0.5)).toMatch(/serious holes/);
    expect(bandOf(1)).toMatch(/serious holes/);
    expect(bandOf(1.5)).toMatch(/first pass/);
    expect(bandOf(3)).toMatch(/Reasonably tested/);
    expect(bandOf(3.5)).toMatch(/Strong/);
    expect(bandOf(5)).toMatch(/Strong/);
    expect(bandOf(5.5)).toBe('Exceptional');
  });
});

describe('board codec', () => {
  it('round-trips', () => {
    expect(encodeBoard(board(EXAMPLE_BOARD))).toBe(EXAMPLE_BOARD);
  });

  it('rejects anything but 28 digits 0–2 and never throws', () => {
    expect(decodeBoard('3'.repeat(28))).toBeNull();
    expect(decodeBoard('0'.repeat(27))).toBeNull();
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const out = decodeBoard(s);
        if (out !== null) expect(encodeBoard(out)).toBe(s);
      }),
    );
    const garbage = 'x'.repeat(1_000_000);
    expect(decodeBoard(garbage)).toBeNull();
  });
});
