import { formatDuration } from '../shared/format';
import { DEFAULT_MAX_AGE } from './parse';
import type { Alternative, AltSvcResult } from './types';

/** What a protocol id means to a client. */
export function protocolMeaning(id: string): string {
  if (id === 'h3') return 'HTTP/3 (RFC 9114) over QUIC: needs UDP to that port';
  const draft = /^h3-(\d+)$/.exec(id);
  if (draft) {
    return `HTTP/3 Internet-Draft ${draft[1]}: only clients that still implement that draft use it; the others skip this entry`;
  }
  if (/^h3-/.test(id)) return 'a pre-standard HTTP/3 variant: clients that do not implement it skip this entry';
  if (id === 'h2') return 'HTTP/2 over TLS (TCP)';
  if (id === 'http/1.1') return 'HTTP/1.1';
  return 'not a protocol id browsers know: clients that do not support it skip this entry';
}

/** "24 h (86400 s)". */
export function formatMaxAge(seconds: number): string {
  return seconds === 0 ? '0 s' : `${formatDuration(seconds)} (${seconds} s)`;
}

function where(alt: Alternative): string {
  return `${alt.host === '' ? 'the same host' : alt.host}, port ${alt.port}`;
}

/** One sentence per alternative on what a client does with it. */
export function explainAlternative(alt: Alternative): string {
  const lifetime =
    alt.maxAge === 0
      ? 'ma=0 makes the entry stale at once, so it is in effect not cached'
      : `remember it for ${formatMaxAge(alt.maxAge)}${alt.maxAgeGiven ? '' : ', the default when ma is absent'}`;
  const network = alt.persist
    ? 'persist=1 keeps it when the network changes'
    : 'it may be dropped when the network changes (no persist=1)';
  return `${alt.protocolId} at ${where(alt)}: ${protocolMeaning(alt.protocolId)}; ${lifetime}; ${network}.`;
}

/**
 * What a browser would do with the whole header (RFC 7838): `clear` invalidates every cached
 * alternative; otherwise the entries are alternatives in the server's order of preference and the
 * client may use the first one it supports, while still able to fall back to the origin.
 */
export function explainHeader(result: AltSvcResult): string[] {
  if (result.clear) {
    return ['clear: forget every alternative service cached for this origin and keep using the origin itself.'];
  }
  if (result.alternatives.length === 0) return ['Nothing usable: a browser ignores this header.'];
  const lines = result.alternatives.map(explainAlternative);
  const firstH3 = result.alternatives.find((a) => a.protocolId === 'h3');
  if (firstH3) {
    lines.push(
      `A browser with HTTP/3 would try QUIC to ${where(firstH3)} on later requests, racing or falling back to TCP if UDP is blocked.`,
    );
  }
  const defaults = result.alternatives.filter((a) => !a.maxAgeGiven).length;
  if (defaults > 0)
    lines.push(`${defaults} entr${defaults === 1 ? 'y uses' : 'ies use'} the default ma of ${DEFAULT_MAX_AGE} s.`);
  return lines;
}
