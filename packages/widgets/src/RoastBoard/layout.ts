/** Positions for the drawn diagram: boxes evenly on an ellipse, starting at the top. Pure. */

export interface Point {
  x: number;
  y: number;
}

/**
 * Centre points for `count` boxes on an ellipse inside a `width` × `height` viewBox, leaving
 * `margin` for the box size.
 * @example ellipseLayout(4, 400, 300, 50)[0] // { x: 200, y: 50 }
 */
export function ellipseLayout(count: number, width: number, height: number, margin: number): Point[] {
  const cx = width / 2;
  const cy = height / 2;
  if (count === 1) return [{ x: cx, y: cy }];
  const rx = Math.max(0, cx - margin);
  const ry = Math.max(0, cy - margin);
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return { x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle) };
  });
}

/** The point where the segment from `a` to `b` leaves a `w` × `h` box centred on `a`. */
export function boxEdge(a: Point, b: Point, w: number, h: number): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (dx === 0 && dy === 0) return a;
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : w / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : h / 2 / Math.abs(dy),
  );
  return { x: a.x + dx * scale, y: a.y + dy * scale };
}
