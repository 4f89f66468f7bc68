/** Plain-English explanation of a playground result; facts as the repository's traces show them. */
import { EDGE_LAST_PACKET_MS } from './config';
import type { Peer, PlaygroundResult } from './model';

export interface Explanation {
  headline: string;
  lines: string[];
}

function shortSides(r: PlaygroundResult): string {
  const short = [r.client, r.server].filter((s) => !s.meetsRfc);
  return short
    .map((s) => {
      const granter = s.side === 'client' ? 'server' : 'client';
      return `the ${granter} allows the ${s.side} ${s.allowed} unidirectional stream${s.allowed === 1 ? '' : 's'}`;
    })
    .join(' and ');
}

/** Headline and supporting sentences for a result. Never claims more than the traces or RFCs say. */
export function explain(r: PlaygroundResult, peer: Peer): Explanation {
  switch (r.outcome) {
    case 'works':
      return {
        headline: 'Works: both sides can open their control and QPACK streams.',
        lines: [
          peer === 'quiche'
            ? 'This is scenario A of the follow-along repository (there both limits were 100): the request gets its answer (a 404 from the test server — an application result) and the client closes with code 0, "kthxbye".'
            : 'The normal case for a well-configured client; the repository only traces the edge with the broken client setting.',
          r.client.allowed < 4 || r.server.allowed < 4
            ? 'With a limit of 3, no room is left for the stream of a reserved type: in scenario C, where the edge allowed 3, quiche-client opened only streams 2, 6 and 10.'
            : 'With 4 or more allowed, quiche also opens a stream of a reserved (GREASE) type, as streams 14 and 15 in scenario A.',
        ],
      };
    case 'close-0xff':
      return {
        headline: 'Closed: the server ends the connection with 0xFF "Error opening control stream".',
        lines: [
          'Scenario B: the handshake completes, then about 5 ms in the quiche server, unable to open its control stream, closes with application error 0xFF (255).',
          "0xFF is not one of RFC 9114's H3_* codes (0x100–0x110): quiche's HTTP/3 code maps a transport-level error to 0xFF, with exactly that reason.",
        ],
      };
    case 'stall':
      return {
        headline: 'Silent stall: no error, the client retransmits with growing gaps.',
        lines: [
          `Scenario C: the edge (which itself allowed 3 unidirectional streams) sent its handshake flight, the last of it reaching the client ${EDGE_LAST_PACKET_MS} ms after the start; after that the trace shows no further packets from it.`,
          'The client kept retransmitting at roughly doubling intervals until the trace ends at about 27.6 s, with no CONNECTION_CLOSE in either direction. Why the edge stayed silent is not shown by the artefacts.',
        ],
      };
    case 'not-in-traces':
      return {
        headline: 'Breaks RFC 9114 §6.2; the repository has no trace of this case.',
        lines: [
          `Here ${shortSides(r)}. RFC 9114 §6.2 requires each side's transport parameters to allow the peer at least 3 unidirectional streams (control, QPACK encoder, QPACK decoder).`,
          r.client.allowed === 0 || r.server.allowed === 0
            ? 'A side that cannot open its control stream cannot run HTTP/3 at all. quiche uses the same HTTP/3 code on both sides, so a similar 0xFF close is plausible, but only the server-side case is traced.'
            : 'The control stream can open, but not both QPACK streams. RFC 9204 §4.2 lets an endpoint skip its encoder or decoder stream when it does not use the dynamic table, so what happens depends on the implementation.',
        ],
      };
  }
}
