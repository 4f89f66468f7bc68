import type { DriftMetric } from '@confnotes/stats';
import { ColumnHeads } from '../shared/ColumnHeads';
import { formatNumber } from '../shared/format';
import { ScrollRegion } from '../shared/ScrollRegion';

/** How each verdict is written. */
export const VERDICT_TEXT = { ok: 'OK', warn: 'Warn', alert: 'Alert' } as const;

/** One metric: value, warn and alert thresholds, verdict (or why there is none). */
function Row({ m }: { m: DriftMetric }) {
  const t = m.threshold;
  const dir = m.direction === 'higher-is-drift' ? '≥' : '≤';
  return (
    <tr class={m.verdict ? `dl-${m.verdict}` : undefined} data-verdict={m.verdict ?? 'insufficient'} data-row={m.id}>
      <th scope="row">{m.label}</th>
      <td>{m.value === null ? '—' : formatNumber(m.value)}</td>
      <td>{t ? `${dir} ${formatNumber(t.warn)}` : '—'}</td>
      <td>{t ? `${dir} ${formatNumber(t.alert)}` : '—'}</td>
      <td>
        {m.verdict ? (
          <strong class="dl-verdict">{VERDICT_TEXT[m.verdict]}</strong>
        ) : (
          `Not enough data: ${m.reason ?? ''}`
        )}
        {t && <span class="sr-only"> Threshold source: {t.source}</span>}
      </td>
    </tr>
  );
}

export interface MetricsTableProps {
  /** The report's metric rows, thresholds and verdicts included. */
  metrics: readonly DriftMetric[];
}

/** Every metric with its thresholds and verdict, in a table that scrolls sideways on narrow screens. */
export function MetricsTable({ metrics }: MetricsTableProps) {
  return (
    <ScrollRegion class="dl-scroll" label="Metrics table (scrolls sideways)">
      <table class="dl-table">
        <caption>Metrics, thresholds and verdicts</caption>
        <ColumnHeads columns={['Metric', 'Value', 'Warn', 'Alert', 'Verdict']} />
        <tbody>
          {metrics.map((m) => (
            <Row key={m.id} m={m} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
