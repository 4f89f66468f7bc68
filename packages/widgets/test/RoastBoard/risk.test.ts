import { describe, expect, it } from 'vitest';
import {
  backlog,
  heatCellText,
  heatMap,
  maxScoreByElement,
  priority,
  riskBand,
  riskScore,
} from '../../src/RoastBoard/risk';
import { SAMPLE_BOARD } from '../../src/RoastBoard/sample';

describe('risk map and backlog of the sample board', () => {
  it('scores are probability × blast radius, with P1 ≥ 15 and P2 ≥ 8', () => {
    expect(riskScore({ probability: 4, blastRadius: 4 })).toBe(16);
    expect([priority(25), priority(15), priority(14), priority(8), priority(7)]).toEqual([
      'P1',
      'P1',
      'P2',
      'P2',
      'P3',
    ]);
  });

  it('ranks the open and in-progress items: 16, 12, then the two 10s in board order, 9, 6', () => {
    const items = backlog(SAMPLE_BOARD);
    expect(items.map((i) => i.failure.id)).toEqual(['f2', 'f4', 'f1', 'f6', 'f3', 'f5']);
    expect(items.map((i) => i.score)).toEqual([16, 12, 10, 10, 9, 6]);
    expect(items.map((i) => i.priority)).toEqual(['P1', 'P2', 'P2', 'P2', 'P2', 'P3']);
    expect(items[1]?.element).toBe('Model server → Feature store');
  });

  it('places live failure modes on the 5 × 5 map and leaves mitigated ones off', () => {
    const cells = heatMap(SAMPLE_BOARD);
    const ids = (p: number, b: number) => cells[p - 1]?.[b - 1]?.map((f) => f.id);
    expect(ids(2, 5)).toEqual(['f1', 'f6']);
    expect(ids(4, 4)).toEqual(['f2']);
    expect(ids(3, 2)).toEqual(['f5', 'f7']); // accepted risks stay on the map
    expect(ids(1, 5)).toEqual([]); // f8 is mitigated
    expect(cells.flat().reduce((n, c) => n + c.length, 0)).toBe(7);
  });

  it('gives each element its highest live score', () => {
    const scores = maxScoreByElement(SAMPLE_BOARD);
    expect(scores.get('b2')).toBe(16);
    expect(scores.get('l3')).toBe(12);
    expect(scores.has('l1')).toBe(false);
  });
});

describe('riskBand', () => {
  it('low 1–4, medium 5–9, high 10–14, critical 15–25 (the legend under the map)', () => {
    expect([1, 4, 5, 9, 10, 14, 15, 25].map(riskBand)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });
});

describe('heatCellText', () => {
  const numbers = new Map(SAMPLE_BOARD.failureModes.map((f, i) => [f.id, i + 1]));

  it('an empty cell is a dot; a full one gives the count and the board numbers', () => {
    expect(heatCellText([], numbers)).toBe('·');
    const cell = heatMap(SAMPLE_BOARD)[1]?.[4] ?? []; // probability 2, blast radius 5
    expect(heatCellText(cell, numbers)).toBe('2 (#1, #6)');
  });
});
