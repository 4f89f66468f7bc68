import { describe, expect, it } from 'vitest';
import { addBox, addFailureMode, addLine, removeBox, removeFailureMode } from '../../src/RoastBoard/edit';
import { boxEdge, ellipseLayout } from '../../src/RoastBoard/layout';
import { SAMPLE_BOARD } from '../../src/RoastBoard/sample';
import { EMPTY_BOARD } from '../../src/RoastBoard/schema';

describe('board edits', () => {
  it('removing a box removes its lines and every failure mode on them', () => {
    const b = removeBox(SAMPLE_BOARD, 'b3'); // feature store: lines l3, l6; failure modes f4 (l3), f5 (b3)
    expect(b.lines.map((l) => l.id)).toEqual(['l1', 'l2', 'l4', 'l5']);
    expect(b.failureModes.map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f6', 'f7', 'f8']);
  });

  it('adds with fresh ids, and refuses empty names and self-loops with a sentence', () => {
    const withBox = addBox(SAMPLE_BOARD, '  Cache ');
    expect(typeof withBox !== 'string' && withBox.boxes.at(-1)).toEqual({ id: 'b7', name: 'Cache' });
    expect(addBox(EMPTY_BOARD, '   ')).toBe('Give the component a name first.');
    expect(addLine(SAMPLE_BOARD, 'b1', 'b1', '')).toBe('A connection needs two different components.');
    const fm = addFailureMode(SAMPLE_BOARD, 'l2', 'Timeouts');
    expect(typeof fm !== 'string' && fm.failureModes.at(-1)).toMatchObject({
      id: 'f9',
      probability: 3,
      blastRadius: 3,
      status: 'open',
    });
  });
});

describe('removeFailureMode', () => {
  it('drops only that failure mode and leaves boxes, lines and the others in order', () => {
    const b = removeFailureMode(SAMPLE_BOARD, 'f2');
    expect(b.failureModes.map((f) => f.id)).toEqual(['f1', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8']);
    expect(b.boxes).toBe(SAMPLE_BOARD.boxes);
    expect(b.lines).toBe(SAMPLE_BOARD.lines);
    expect(SAMPLE_BOARD.failureModes).toHaveLength(8);
  });

  it('an unknown id changes nothing', () => {
    expect(removeFailureMode(SAMPLE_BOARD, 'f99').failureModes).toEqual(SAMPLE_BOARD.failureModes);
  });
});

describe('diagram layout', () => {
  it('puts the first box at the top centre and the others around the ellipse', () => {
    const p = ellipseLayout(4, 400, 300, 50);
    expect(p[0]?.x).toBeCloseTo(200, 9);
    expect(p[0]?.y).toBeCloseTo(50, 9);
    expect(p[1]?.x).toBeCloseTo(350, 9);
    expect(p[1]?.y).toBeCloseTo(150, 9);
  });

  it('finds where a line leaves a box', () => {
    expect(boxEdge({ x: 0, y: 0 }, { x: 100, y: 0 }, 40, 20)).toEqual({ x: 20, y: 0 });
    expect(boxEdge({ x: 0, y: 0 }, { x: 0, y: -100 }, 40, 20)).toEqual({ x: 0, y: -10 });
  });
});
