/** Pure model of the transport-parameter playground: which HTTP/3 uni streams can open, and what the traces show next. */
import { REQUIRED_UNI_STREAMS, streamIds, type UniStreamKind, uniStreams } from './config';

/** Which peer the misconfigured client talks to. */
export type Peer = 'quiche' | 'edge';
/** What happens to the connection. */
export type Outcome = 'works' | 'close-0xff' | 'stall' | 'not-in-traces';

export interface PlannedStream {
  kind: UniStreamKind;
  label: string;
  id: number;
  opens: boolean;
}

export interface SidePlan {
  /** The side opening the streams. */
  side: 'client' | 'server';
  /** How many uni streams the other side's initial_max_streams_uni allows it. */
  allowed: number;
  streams: PlannedStream[];
  /** True when the limit meets RFC 9114 §6.2's minimum of 3. */
  meetsRfc: boolean;
}

export interface PlaygroundResult {
  client: SidePlan;
  server: SidePlan;
  outcome: Outcome;
  /** The repository scenario this setting reproduces, if any. */
  scenario: 'A' | 'B' | 'C' | null;
}

/** The streams one side tries to open, in quiche's order, and whether each fits under `allowed`. */
export function planSide(side: 'client' | 'server', allowed: number): SidePlan {
  const ids = streamIds[side];
  return {
    side,
    allowed,
    streams: uniStreams.map((s, i) => ({ kind: s.kind, label: s.label, id: ids[i] ?? -1, opens: i < allowed })),
    meetsRfc: allowed >= REQUIRED_UNI_STREAMS,
  };
}

/**
 * Evaluates a pair of initial_max_streams_uni values.
 *
 * @param clientLimit - the client's initial_max_streams_uni: how many uni streams the server may open (0–5)
 * @param serverLimit - the server's initial_max_streams_uni: how many uni streams the client may open (0–5)
 * @param peer - the server: the local quiche-server or the production edge of scenario C
 * @example
 * playground(0, 3, 'quiche').outcome; // "close-0xff" (scenario B)
 */
export function playground(clientLimit: number, serverLimit: number, peer: Peer): PlaygroundResult {
  const client = planSide('client', serverLimit);
  const server = planSide('server', clientLimit);
  if (client.meetsRfc && server.meetsRfc) {
    return { client, server, outcome: 'works', scenario: peer === 'quiche' ? 'A' : null };
  }
  if (clientLimit === 0 && client.meetsRfc) {
    return peer === 'quiche'
      ? { client, server, outcome: 'close-0xff', scenario: 'B' }
      : { client, server, outcome: 'stall', scenario: 'C' };
  }
  return { client, server, outcome: 'not-in-traces', scenario: null };
}

/** Gaps between consecutive send times (the first gap is from time 0), in the same unit. */
export function gaps(times: readonly number[]): number[] {
  return times.map((t, i) => t - (i === 0 ? 0 : (times[i - 1] ?? 0)));
}
