import type { QlogEvent, Vantage } from './types';
import { isRecord } from './values';

/** A trace's vantage as the ladder uses it, and how it was found. */
export interface VantageInfo {
  vantage: Vantage;
  /** For the user: "client", "network, client flow", "guessed from the file name". */
  how: string;
  network: boolean;
}

const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : '');

/**
 * Side whose packets a network trace calls "sent" when `flow` is missing: in QUIC the client
 * sends the first packet (the drafts suggest exactly this heuristic), so a first `packet_sent`
 * means client flow and a first `packet_received` server flow.
 */
function flowFromFirstPacket(events: readonly QlogEvent[]): Vantage {
  const first = events.find((e) => e.type === 'packet_sent' || e.type === 'packet_received');
  if (!first) return 'unknown';
  return first.type === 'packet_sent' ? 'client' : 'server';
}

/**
 * Reads `vantage_point` (`type`, and `flow` for a network observer) in any qlog version; old
 * writers used capitals ("CLIENT"). A network trace takes the side of its flow: with
 * `flow: "client"`, `packet_sent` is a packet the client sent. Without a vantage point the file
 * name ("client-…", "…server…") is the last hint.
 */
export function vantageOf(trace: Record<string, unknown>, source: string, events: readonly QlogEvent[]): VantageInfo {
  const point = isRecord(trace.vantage_point) ? trace.vantage_point : {};
  const type = lower(point.type);
  if (type === 'client' || type === 'server') return { vantage: type, how: type, network: false };
  if (type === 'network') {
    const flow = lower(point.flow);
    if (flow === 'client' || flow === 'server') return { vantage: flow, how: `network, ${flow} flow`, network: true };
    const inferred = flowFromFirstPacket(events);
    const how =
      inferred === 'unknown' ? 'network, flow unknown' : `network, ${inferred} flow inferred from the first packet`;
    return { vantage: inferred, how, network: true };
  }
  if (/client/i.test(source)) return { vantage: 'client', how: 'client, guessed from the file name', network: false };
  if (/server/i.test(source)) return { vantage: 'server', how: 'server, guessed from the file name', network: false };
  return { vantage: 'unknown', how: 'vantage point not given', network: false };
}
