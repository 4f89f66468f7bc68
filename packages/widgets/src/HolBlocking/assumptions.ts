import { PACKET_BYTES, PACKETS_PER_STREAM } from './model';

/** The simulator's simplifications, shown on the page next to its numbers. */
export const holAssumptions: readonly string[] = [
  `Every stream carries one response of ${PACKETS_PER_STREAM} packets of ${PACKET_BYTES} bytes; packets go out round-robin across the streams, back to back at the chosen bandwidth.`,
  'Each packet is lost independently with the chosen probability; a loss is repaired about one RTT later (fast retransmit, or QUIC’s packet-threshold detection), again per retransmission. No timeouts, not even for the last packets.',
  'HTTP/2 over TCP: bytes reach the application in connection order, so a missing packet holds back every later byte of every stream until its retransmission arrives.',
  'HTTP/3 over QUIC: a missing packet holds back only the stream whose data it carried (no QPACK dynamic-table waits).',
  'No congestion control, no flow control, no slow start: the sending rate never changes. The slowest packet finishes the page at the same moment in both cases; blocking delays the streams that could have finished earlier.',
];
