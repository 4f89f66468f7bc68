import { describe, expect, it } from 'vitest';
import { SAMPLE_BOARD } from '../../src/RoastBoard/sample';
import { boardElements, EMPTY_BOARD } from '../../src/RoastBoard/schema';

describe('boardElements', () => {
  it('lists the boxes, then the lines named "from → to", in board order', () => {
    const elements = boardElements(SAMPLE_BOARD);
    expect(elements).toHaveLength(12);
    expect(elements[0]).toEqual({ id: 'b1', name: 'Load balancer' });
    expect(elements[6]).toEqual({ id: 'l1', name: 'Load balancer → API' });
    expect(elements.at(-1)).toEqual({ id: 'l6', name: 'Feature store → Database' });
  });

  it('an empty board has none', () => {
    expect(boardElements(EMPTY_BOARD)).toEqual([]);
  });
});
