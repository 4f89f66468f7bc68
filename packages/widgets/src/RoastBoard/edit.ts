/** Board edits as pure functions (the view only calls these). */
import { type Board, type FailureMode, LIMITS, nextId } from './schema';

const allIds = (b: Board) => [
  ...b.boxes.map((x) => x.id),
  ...b.lines.map((x) => x.id),
  ...b.failureModes.map((x) => x.id),
];

/** Adds a component; an error sentence instead when the name is empty or the board is full. */
export function addBox(board: Board, name: string): Board | string {
  const clean = name.trim().slice(0, LIMITS.name);
  if (!clean) return 'Give the component a name first.';
  if (board.boxes.length >= LIMITS.boxes) return `A board holds at most ${LIMITS.boxes} components.`;
  return { ...board, boxes: [...board.boxes, { id: nextId(allIds(board), 'b'), name: clean }] };
}

/** Removes a component with its connections and all their failure modes. */
export function removeBox(board: Board, id: string): Board {
  const lines = board.lines.filter((l) => l.from !== id && l.to !== id);
  const kept = new Set([...board.boxes.filter((b) => b.id !== id).map((b) => b.id), ...lines.map((l) => l.id)]);
  return {
    ...board,
    boxes: board.boxes.filter((b) => b.id !== id),
    lines,
    failureModes: board.failureModes.filter((f) => kept.has(f.elementId)),
  };
}

/** Adds a connection between two different components. */
export function addLine(board: Board, from: string, to: string, label: string): Board | string {
  if (!from || !to) return 'Pick both ends of the connection.';
  if (from === to) return 'A connection needs two different components.';
  if (board.lines.length >= LIMITS.lines) return `A board holds at most ${LIMITS.lines} connections.`;
  const line = { id: nextId(allIds(board), 'l'), from, to, label: label.trim().slice(0, LIMITS.name) };
  return { ...board, lines: [...board.lines, line] };
}

/** Removes a connection and its failure modes. */
export function removeLine(board: Board, id: string): Board {
  return {
    ...board,
    lines: board.lines.filter((l) => l.id !== id),
    failureModes: board.failureModes.filter((f) => f.elementId !== id),
  };
}

/** Adds an open failure mode (probability 3, blast radius 3) to a box or line. */
export function addFailureMode(board: Board, elementId: string, mode: string): Board | string {
  if (!elementId) return 'Pick the component or connection that can fail.';
  if (!mode.trim()) return 'Describe what can go wrong first.';
  if (board.failureModes.length >= LIMITS.failureModes)
    return `A board holds at most ${LIMITS.failureModes} failure modes.`;
  const f: FailureMode = {
    id: nextId(allIds(board), 'f'),
    elementId,
    mode: mode.trim().slice(0, LIMITS.text),
    probability: 3,
    blastRadius: 3,
    affected: '',
    owner: '',
    mitigation: '',
    status: 'open',
  };
  return { ...board, failureModes: [...board.failureModes, f] };
}

/** Removes one failure mode by id. */
export function removeFailureMode(board: Board, id: string): Board {
  return { ...board, failureModes: board.failureModes.filter((f) => f.id !== id) };
}

/** Patches one item (box, line or failure mode) by id. */
export function patchItem<K extends 'boxes' | 'lines' | 'failureModes'>(
  board: Board,
  list: K,
  id: string,
  patch: Partial<Board[K][number]>,
): Board {
  return { ...board, [list]: (board[list] as Board[K][number][]).map((x) => (x.id === id ? { ...x, ...patch } : x)) };
}
