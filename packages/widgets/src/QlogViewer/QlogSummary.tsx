import { formatErrorCode } from './frames';
import type { LadderSummary } from './ladder-types';
import { trailingSilence } from './summary';
import { formatMs, formatSpan } from './time';

export interface QlogSummaryProps {
  /** Counts and key moments from {@link buildLadder}. */
  summary: LadderSummary;
}

interface MetricProps {
  /** data-metric id, e.g. "qv-close". */
  id: string;
  /** Visible term. */
  label: string;
  /** Full-precision value for tests (data-value). */
  value: string | number;
  /** Visible, formatted text. */
  text: string;
}

/** One term/value pair of the summary list. */
function Metric({ id, label, value, text }: MetricProps) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-metric={id} data-value={String(value)}>
        {text}
      </dd>
    </div>
  );
}

/** Key numbers of the trace as text: packets per side, handshake, close, retransmissions, silence. */
export function QlogSummary({ summary: s }: QlogSummaryProps) {
  const silence = trailingSilence(s);
  const stalled = silence !== null && silence.ms >= 1000 && s.close === null;
  const uni = (v: number | null) => (v === null ? 'not logged' : String(v));
  return (
    <>
      <dl class="qv-summary">
        <Metric
          id="qv-packets-client"
          label="Packets client → server"
          value={s.packets.client}
          text={String(s.packets.client)}
        />
        <Metric
          id="qv-packets-server"
          label="Packets server → client"
          value={s.packets.server}
          text={String(s.packets.server)}
        />
        <Metric
          id="qv-handshake-done"
          label="HANDSHAKE_DONE"
          value={s.handshakeDone?.time ?? ''}
          text={
            s.handshakeDone ? `${formatMs(s.handshakeDone.time)} ms (${s.handshakeDone.loggedBy}'s clock)` : 'not seen'
          }
        />
        <Metric
          id="qv-close"
          label="CONNECTION_CLOSE"
          value={s.close?.code ?? (s.close ? s.close.codeName : '')}
          text={
            s.close
              ? `by the ${s.close.by} at ${formatMs(s.close.time)} ms: ${s.close.space} ${formatErrorCode(s.close)}${s.close.reason ? ` "${s.close.reason}"` : ''}`
              : 'none logged'
          }
        />
        <Metric
          id="qv-retransmissions"
          label="Retransmissions"
          value={s.retransmissions}
          text={String(s.retransmissions)}
        />
        <Metric id="qv-lost" label="Packets declared lost" value={s.lost} text={String(s.lost)} />
        <Metric
          id="qv-silence"
          label="Longest silence at the end"
          value={silence?.ms ?? 0}
          text={silence ? `${formatSpan(silence.ms)} since the ${silence.side}'s last packet` : 'none'}
        />
        <Metric
          id="qv-streams-uni"
          label="initial_max_streams_uni (client / server)"
          value={`${s.maxStreamsUni.client ?? ''}/${s.maxStreamsUni.server ?? ''}`}
          text={`${uni(s.maxStreamsUni.client)} / ${uni(s.maxStreamsUni.server)}`}
        />
      </dl>
      {stalled && silence && (
        <p class="qv-verdict" data-metric="qv-verdict" data-value="stall">
          The {silence.side} sent nothing for the last {formatSpan(silence.ms)} of the log and no CONNECTION_CLOSE was
          logged: a silent stall, not a clean error.
        </p>
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
