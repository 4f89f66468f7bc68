import { boxEdge, ellipseLayout } from './layout';
import { maxScoreByElement } from './risk';
import type { Board } from './schema';

export interface DiagramProps {
  /** Id prefix (for the SVG's title and marker ids). */
  id: string;
  /** The board. */
  board: Board;
}

const W = 640;
const H = 320;
const BOX_W = 120;
const BOX_H = 44;
const band = (score: number) =>
  score >= 15 ? 'critical' : score >= 10 ? 'high' : score >= 5 ? 'medium' : score > 0 ? 'low' : 'none';

/** Phase 1's big picture: boxes and lines drawn from the lists (which stay the way to edit them). */
export function Diagram({ id, board }: DiagramProps) {
  const points = ellipseLayout(board.boxes.length, W, H, 40);
  const at = new Map(board.boxes.map((b, i) => [b.id, points[i] ?? { x: 0, y: 0 }]));
  const scores = maxScoreByElement(board);
  const titleId = `${id}-diagram-title`;
  return (
    <svg class="rb-diagram" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>
        Diagram of {board.name}: {board.boxes.length} components and {board.lines.length} connections, outlined by their
        highest risk. The same elements are listed below.
      </title>
      <defs>
        <marker
          id={`${id}-arrow`}
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" class="rb-arrow" />
        </marker>
      </defs>
      {board.lines.map((l) => {
        const a = at.get(l.from);
        const b = at.get(l.to);
        if (!a || !b) return null;
        const p = boxEdge(a, b, BOX_W, BOX_H);
        const q = boxEdge(b, a, BOX_W, BOX_H);
        return (
          <line
            key={l.id}
            x1={p.x}
            y1={p.y}
            x2={q.x}
            y2={q.y}
            class={`rb-line rb-stroke-${band(scores.get(l.id) ?? 0)}`}
            marker-end={`url(#${id}-arrow)`}
          />
        );
      })}
      {board.boxes.map((b) => {
        const p = at.get(b.id) ?? { x: 0, y: 0 };
        const score = scores.get(b.id) ?? 0;
        return (
          <g key={b.id}>
            <rect
              x={p.x - BOX_W / 2}
              y={p.y - BOX_H / 2}
              width={BOX_W}
              height={BOX_H}
              rx="6"
              class={`rb-box rb-stroke-${band(score)}`}
            />
            <text x={p.x} y={p.y - 3} text-anchor="middle" class="rb-box-name">
              {b.name.length > 16 ? `${b.name.slice(0, 15)}…` : b.name}
            </text>
            <text x={p.x} y={p.y + 13} text-anchor="middle" class="rb-box-score">
              {score > 0 ? `max risk ${score}` : 'no risks'}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
