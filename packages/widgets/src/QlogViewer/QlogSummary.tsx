import { MetricReadout, MetricTerm } from '../shared/MetricReadout';
import { formatErrorCode } from './frames';
import type { LadderSummary } from './ladder-types';
import { trailingSilence } from './summary';
import { formatMs, formatSpan } from './time';

export interface QlogSummaryProps {
  /** Counts and key moments from {@link buildLadder}. */
  summary: LadderSummary;
}

/** Key numbers of the trace as text: packets per side, handshake, close, retransmissions, silence. */
export function QlogSummary({ summary: s }: QlogSummaryProps) {
  const silence = trailingSilence(s);
  const stalled = silence !== null && silence.ms >= 1000 && s.close === null;
  const uni = (v: number | null) => (v === null ? 'not logged' : String(v));
  return (
    <>
      <dl class="qv-summary">
        <MetricTerm grouped label="Packets client → server" name="qv-packets-client" value={s.packets.client}>
          {String(s.packets.client)}
        </MetricTerm>
        <MetricTerm grouped label="Packets server → client" name="qv-packets-server" value={s.packets.server}>
          {String(s.packets.server)}
        </MetricTerm>
        <MetricTerm grouped label="HANDSHAKE_DONE" name="qv-handshake-done" value={s.handshakeDone?.time ?? ''}>
          {s.handshakeDone ? `${formatMs(s.handshakeDone.time)} ms (${s.handshakeDone.loggedBy}'s clock)` : 'not seen'}
        </MetricTerm>
        <MetricTerm
          grouped
          label="CONNECTION_CLOSE"
          name="qv-close"
          value={s.close?.code ?? (s.close ? s.close.codeName : '')}
        >
          {s.close
            ? `by the ${s.close.by} at ${formatMs(s.close.time)} ms: ${s.close.space} ${formatErrorCode(s.close)}${s.close.reason ? ` "${s.close.reason}"` : ''}`
            : 'none logged'}
        </MetricTerm>
        <MetricTerm grouped label="Retransmissions" name="qv-retransmissions" value={s.retransmissions}>
          {String(s.retransmissions)}
        </MetricTerm>
        <MetricTerm grouped label="Packets declared lost" name="qv-lost" value={s.lost}>
          {String(s.lost)}
        </MetricTerm>
        <MetricTerm grouped label="Longest silence at the end" name="qv-silence" value={silence?.ms ?? 0}>
          {silence ? `${formatSpan(silence.ms)} since the ${silence.side}'s last packet` : 'none'}
        </MetricTerm>
        <MetricTerm
          grouped
          label="initial_max_streams_uni (client / server)"
          name="qv-streams-uni"
          value={`${s.maxStreamsUni.client ?? ''}/${s.maxStreamsUni.server ?? ''}`}
        >
          {`${uni(s.maxStreamsUni.client)} / ${uni(s.maxStreamsUni.server)}`}
        </MetricTerm>
      </dl>
      {stalled && silence && (
        <MetricReadout as="p" class="qv-verdict" name="qv-verdict" value="stall">
          The {silence.side} sent nothing for the last {formatSpan(silence.ms)} of the log and no CONNECTION_CLOSE was
          logged: a silent stall, not a clean error.
        </MetricReadout>
      )}
      {s.inferred && (
        <p class="qv-note">
          One endpoint's trace: the other side's packets are inferred from its packet_received events (sizes and times
          as the logging endpoint saw them).
        </p>
      )}
    </>
  );
}
