/** The four handshakes raced, as round trips (legs) from the client's first packet to the first response byte. */

/** Which retransmission timer recovers a lost flight in a leg. */
export type TimerKind = 'tcp-initial' | 'tcp' | 'quic-initial' | 'quic';

export interface Leg {
  /** What the client sends. */
  client: string;
  /** What the server answers. */
  server: string;
  timer: TimerKind;
}

export type ProtocolId = 'tls12' | 'tls13' | 'quic' | 'zerortt';

export interface ProtocolDef {
  id: ProtocolId;
  name: string;
  legs: readonly Leg[];
}

export const protocols: readonly ProtocolDef[] = [
  {
    id: 'tls12',
    name: 'TCP + TLS 1.2',
    legs: [
      { client: 'SYN', server: 'SYN-ACK', timer: 'tcp-initial' },
      { client: 'ACK, ClientHello', server: 'ServerHello, Certificate, ServerHelloDone', timer: 'tcp' },
      { client: 'ClientKeyExchange, ChangeCipherSpec, Finished', server: 'ChangeCipherSpec, Finished', timer: 'tcp' },
      { client: 'HTTP request', server: 'first response byte', timer: 'tcp' },
    ],
  },
  {
    id: 'tls13',
    name: 'TCP + TLS 1.3',
    legs: [
      { client: 'SYN', server: 'SYN-ACK', timer: 'tcp-initial' },
      { client: 'ACK, ClientHello', server: 'ServerHello … Finished', timer: 'tcp' },
      { client: 'Finished, HTTP request', server: 'first response byte', timer: 'tcp' },
    ],
  },
  {
    id: 'quic',
    name: 'QUIC (1-RTT)',
    legs: [
      { client: 'Initial: ClientHello', server: 'Initial + Handshake: ServerHello … Finished', timer: 'quic-initial' },
      { client: 'Handshake: Finished + 1-RTT: request', server: 'first response byte', timer: 'quic' },
    ],
  },
  {
    id: 'zerortt',
    name: 'QUIC 0-RTT (resumed)',
    legs: [
      {
        client: 'Initial: ClientHello + 0-RTT: request',
        server: 'Initial + Handshake + 1-RTT: first response byte',
        timer: 'quic-initial',
      },
    ],
  },
];

/** RFC 6298 §2.1: the initial retransmission timeout (SYN) is 1 s; §2.4: RTO is rounded up to at least 1 s. */
export const TCP_MIN_RTO_MS = 1000;
/** RFC 6298 §5.7: after the SYN's timer expired, the RTO is re-initialised to 3 s when data transmission begins. */
export const TCP_RTO_AFTER_LOST_SYN_MS = 3000;
/** RFC 9002 §6.2.2: initial RTT 333 ms, so the first PTO is 333 + 4 × 333/2 = 999 ms (no max_ack_delay in the Initial space). */
export const QUIC_INITIAL_PTO_MS = 999;
/** Retries beyond this count are not simulated (probability below 1e-10 at the highest loss offered). */
export const MAX_RETRIES = 40;

/** Assumptions shown on screen next to the numbers. */
export const assumptions: readonly string[] = [
  'Time to first byte (TTFB) runs from the client’s first packet to the first byte of the response; the server answers instantly and sending takes no time.',
  'No TCP Fast Open, no TLS False Start, no TLS session resumption; only the QUIC 0-RTT row resumes a previous connection (0-RTT needs one).',
  'Each flight (one direction of a round trip) is lost independently with the chosen probability; a lost flight is recovered by the client’s timer, which doubles after each timeout.',
  'TCP: the SYN waits the initial 1 s timeout (RFC 6298 §2.1); later flights wait max(1 s, 3 × RTT), the first RTO after one RTT sample, rounded up to 1 s (RFC 6298 §2.2–2.4). After a lost SYN there is no sample (Karn’s algorithm, RFC 6298 §3), so the next flight waits 3 s (RFC 6298 §5.7) until one flight goes through without a retransmission.',
  'QUIC: before any RTT sample the probe timeout is 999 ms, from the 333 ms initial RTT (RFC 9002 §6.2.2); after one sample it is 3 × RTT, with no 1 s floor (RFC 9002 §6.2.1). 0-RTT does not reuse the old RTT here.',
];
