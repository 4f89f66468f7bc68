import { ColumnHeads } from '../shared/ColumnHeads';
import { MetricReadout } from '../shared/MetricReadout';
import type { LayerSummary } from './model';
import { LAYER_LABELS } from './Timeline';

export interface SummaryTableProps {
  /** One summary per alert layer. */
  summary: readonly LayerSummary[];
  /** Hour the incident starts (null: no incident). */
  start: number | null;
}

/** When a layer first alerted because of the incident, in words. */
export function firstAlertText(layer: LayerSummary, start: number | null): string {
  if (start === null) return '—';
  if (!layer.touched) return 'not affected: the incident does not change this signal';
  if (layer.firstAlert === null) return 'never';
  return `hour ${layer.firstAlert} (${layer.delay === 0 ? 'at once' : `after ${layer.delay} h`})`;
}

/** Which layer noticed the incident and when, and each layer's false alarms. */
export function SummaryTable({ summary, start }: SummaryTableProps) {
  return (
    <table class="sfs-summary">
      <caption>
        Which layer noticed the incident (an alert on a signal the incident changes), and its false alarms
      </caption>
      <ColumnHeads
        columns={['Layer', 'First alert caused by the incident', 'False alarms (alerts the incident did not cause)']}
      />
      <tbody>
        {summary.map((s) => (
          <tr key={s.layer}>
            <th scope="row">{LAYER_LABELS[s.layer]}</th>
            <MetricReadout as="td" name={`sfs-${s.layer}-delay`} value={s.delay}>
              {firstAlertText(s, start)}
            </MetricReadout>
            <MetricReadout as="td" name={`sfs-${s.layer}-false`} value={s.falseAlarms}>
              {s.falseAlarms}
            </MetricReadout>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
