/** Phase 2 → phase 3 of the roast: the risk map (likelihood × impact) and the ranked backlog. */
import { type Board, elementName, type FailureMode } from './schema';

/** Risk score: probability × blast radius, 1–25. */
export function riskScore(f: Pick<FailureMode, 'probability' | 'blastRadius'>): number {
  return f.probability * f.blastRadius;
}

/** P1 (score ≥ 15), P2 (≥ 8), P3 otherwise. */
export function priority(score: number): 'P1' | 'P2' | 'P3' {
  if (score >= 15) return 'P1';
  if (score >= 8) return 'P2';
  return 'P3';
}

/** Colour band of a score on the risk map: low 1–4, medium 5–9, high 10–14, critical 15–25. */
export function riskBand(score: number): 'low' | 'medium' | 'high' | 'critical' {
  if (score >= 15) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

/**
 * What a heat-map cell shows: "·" when empty, else the count and the failure-mode numbers
 * ("2 (#1, #6)"), numbered by board order.
 */
export function heatCellText(cell: readonly FailureMode[], numbers: ReadonlyMap<string, number>): string {
  if (cell.length === 0) return '·';
  return `${cell.length} (${cell.map((f) => `#${numbers.get(f.id)}`).join(', ')})`;
}

/** Failure modes still at risk: mitigated ones leave the map and the backlog. */
const live = (f: FailureMode) => f.status !== 'mitigated';

/**
 * The heat map: `cells[p - 1][b - 1]` lists the live failure modes with probability p and blast
 * radius b (both 1–5).
 */
export function heatMap(board: Board): FailureMode[][][] {
  const cells = Array.from({ length: 5 }, () => Array.from({ length: 5 }, (): FailureMode[] => []));
  for (const f of board.failureModes.filter(live)) cells[f.probability - 1]?.[f.blastRadius - 1]?.push(f);
  return cells;
}

/** One row of the reliability backlog. */
export interface BacklogItem {
  rank: number;
  priority: 'P1' | 'P2' | 'P3';
  score: number;
  /** Name of the box or line ("API → Model server"). */
  element: string;
  failure: FailureMode;
}

/**
 * The reliability backlog: open and in-progress failure modes (not mitigated or accepted),
 * ranked by score, then blast radius, then probability, then board order.
 */
export function backlog(board: Board): BacklogItem[] {
  return board.failureModes
    .map((f, order) => ({ f, order }))
    .filter(({ f }) => f.status === 'open' || f.status === 'in-progress')
    .sort(
      (a, b) =>
        riskScore(b.f) - riskScore(a.f) ||
        b.f.blastRadius - a.f.blastRadius ||
        b.f.probability - a.f.probability ||
        a.order - b.order,
    )
    .map(({ f }, i) => ({
      rank: i + 1,
      priority: priority(riskScore(f)),
      score: riskScore(f),
      element: elementName(board, f.elementId),
      failure: f,
    }));
}

/** Highest live risk score per element id (for colouring the diagram); 0 when none. */
export function maxScoreByElement(board: Board): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of board.failureModes.filter(live)) {
    out.set(f.elementId, Math.max(out.get(f.elementId) ?? 0, riskScore(f)));
  }
  return out;
}
