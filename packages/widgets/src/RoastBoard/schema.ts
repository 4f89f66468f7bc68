/**
 * The roast board's data: components ("boxes"), connections ("lines") and the failure modes
 * found for each of them. Version 2 is the current schema; version 1 (names instead of ids,
 * no owners or statuses) is still read and migrated — see parse.ts.
 */

/** Where a failure mode stands. Mitigated ones leave the risk map and the backlog. */
export const STATUSES = ['open', 'in-progress', 'mitigated', 'accepted'] as const;
export type Status = (typeof STATUSES)[number];

/** A component of the service. */
export interface Box {
  /** Stable id, e.g. "b1". */
  id: string;
  name: string;
}

/** A dependency or data flow between two components. */
export interface Line {
  id: string;
  /** Id of the box the line starts at. */
  from: string;
  /** Id of the box the line ends at. */
  to: string;
  /** What flows, e.g. "gRPC predict". */
  label: string;
}

/** One way a box or a line can fail, rated during the roast. */
export interface FailureMode {
  id: string;
  /** Id of the box or line it belongs to. */
  elementId: string;
  /** What can go wrong. */
  mode: string;
  /** 1 (rare) … 5 (almost certain). */
  probability: number;
  /** 1 (one user or request) … 5 (all users / many services). */
  blastRadius: number;
  /** Who or what is affected (users, services). */
  affected: string;
  owner: string;
  mitigation: string;
  status: Status;
}

/** The whole board (schema version 2). */
export interface Board {
  version: 2;
  /** Name of the service being roasted. */
  name: string;
  boxes: Box[];
  lines: Line[];
  failureModes: FailureMode[];
}

/** Bounds on untrusted boards (links, files, localStorage). */
export const LIMITS = { boxes: 40, lines: 80, failureModes: 200, name: 80, text: 300, fileBytes: 1_000_000 } as const;

/** Words for the 1–5 scales, shown next to the numbers. */
export const PROBABILITY_WORDS = ['', 'rare', 'unlikely', 'possible', 'likely', 'almost certain'] as const;
export const BLAST_WORDS = [
  '',
  'one request or user',
  'some users',
  'one feature',
  'most users',
  'everyone / many services',
] as const;

/** An empty board. */
export const EMPTY_BOARD: Board = { version: 2, name: 'My service', boxes: [], lines: [], failureModes: [] };

/** Display name of a box or line id ("API", "API → Model server"); "(removed)" if unknown. */
export function elementName(board: Board, id: string): string {
  const box = board.boxes.find((b) => b.id === id);
  if (box) return box.name;
  const line = board.lines.find((l) => l.id === id);
  if (!line) return '(removed)';
  return `${elementName(board, line.from)} → ${elementName(board, line.to)}`;
}

/** A box or line of the board that failure modes can be attached to. */
export interface BoardElement {
  /** Box or line id. */
  id: string;
  /** Its display name (see `elementName`). */
  name: string;
}

/** Every box, then every line, in board order, with display names. */
export function boardElements(board: Board): BoardElement[] {
  return [
    ...board.boxes.map((b) => ({ id: b.id, name: b.name })),
    ...board.lines.map((l) => ({ id: l.id, name: elementName(board, l.id) })),
  ];
}

/** The next free id with a prefix: "b7" after b1…b6. */
export function nextId(ids: readonly string[], prefix: string): string {
  let max = 0;
  for (const id of ids) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${max + 1}`;
}
