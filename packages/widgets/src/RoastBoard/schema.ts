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

const fm = (
  id: string,
  elementId: string,
  mode: string,
  probability: number,
  blastRadius: number,
  affected: string,
  owner: string,
  mitigation: string,
  status: Status,
): FailureMode => ({ id, elementId, mode, probability, blastRadius, affected, owner, mitigation, status });

/** A sample model-serving service, already roasted once. */
export const SAMPLE_BOARD: Board = {
  version: 2,
  name: 'Model-serving service',
  boxes: [
    { id: 'b1', name: 'Load balancer' },
    { id: 'b2', name: 'API' },
    { id: 'b3', name: 'Feature store' },
    { id: 'b4', name: 'Model server' },
    { id: 'b5', name: 'Database' },
    { id: 'b6', name: 'Queue' },
  ],
  lines: [
    { id: 'l1', from: 'b1', to: 'b2', label: 'HTTPS requests' },
    { id: 'l2', from: 'b2', to: 'b4', label: 'gRPC predict' },
    { id: 'l3', from: 'b4', to: 'b3', label: 'feature lookups' },
    { id: 'l4', from: 'b2', to: 'b6', label: 'prediction events' },
    { id: 'l5', from: 'b6', to: 'b5', label: 'event writes' },
    { id: 'l6', from: 'b3', to: 'b5', label: 'feature sync' },
  ],
  failureModes: [
    fm(
      'f1',
      'b1',
      'TLS certificate expires',
      2,
      5,
      'all users',
      'platform',
      'Automated renewal and an expiry alert',
      'open',
    ),
    fm(
      'f2',
      'b2',
      'Deploy with a bad config',
      4,
      4,
      'most API users',
      'api team',
      'Canary and automatic rollback',
      'in-progress',
    ),
    fm(
      'f3',
      'b4',
      'Out of memory on a large batch',
      3,
      3,
      'prediction users',
      'ml platform',
      'Request size limits',
      'open',
    ),
    fm(
      'f4',
      'l3',
      'Feature store latency spike times out predictions',
      4,
      3,
      'prediction users',
      'data team',
      'Timeouts and cached default features',
      'open',
    ),
    fm(
      'f5',
      'b3',
      'Stale features after a failed sync',
      3,
      2,
      'prediction quality, silently',
      'data team',
      'Freshness SLI and alert',
      'open',
    ),
    fm(
      'f6',
      'b5',
      'Primary database fails',
      2,
      5,
      'all writes and the feature sync',
      'dba',
      'Replica with a tested failover',
      'open',
    ),
    fm(
      'f7',
      'b6',
      'Queue backlog delays events',
      3,
      2,
      'analytics consumers',
      'api team',
      'Consumer autoscaling',
      'accepted',
    ),
    fm(
      'f8',
      'l1',
      'Health checks mark every backend down',
      1,
      5,
      'all users',
      'platform',
      'Fail-open health checks',
      'mitigated',
    ),
  ],
};

/** Display name of a box or line id ("API", "API → Model server"); "(removed)" if unknown. */
export function elementName(board: Board, id: string): string {
  const box = board.boxes.find((b) => b.id === id);
  if (box) return box.name;
  const line = board.lines.find((l) => l.id === id);
  if (!line) return '(removed)';
  return `${elementName(board, line.from)} → ${elementName(board, line.to)}`;
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
