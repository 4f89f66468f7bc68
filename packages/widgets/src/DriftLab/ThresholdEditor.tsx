import type { DriftMetric, DriftMetricId } from '@confnotes/stats';
import { ColumnHeads } from '../shared/ColumnHeads';
import type { ThresholdOverrides } from './analysis';

export interface ThresholdEditorProps {
  /** Element id prefix. */
  id: string;
  /** Metric rows with the thresholds in force. */
  metrics: readonly DriftMetric[];
  /** Edited thresholds (empty: the mode's own). */
  overrides: ThresholdOverrides;
  /** New overrides (the URL follows). */
  onChange: (next: ThresholdOverrides) => void;
}

/** Warn and alert levels per metric, editable; "Reset" returns to the chosen mode's values. */
export function ThresholdEditor({ id, metrics, overrides, onChange }: ThresholdEditorProps) {
  const set = (m: DriftMetric, which: 'warn' | 'alert', raw: string) => {
    const v = Number(raw);
    if (!m.threshold || raw.trim() === '' || !Number.isFinite(v) || v < 0) return;
    const base = overrides[m.id] ?? { warn: m.threshold.warn, alert: m.threshold.alert };
    onChange({ ...overrides, [m.id]: { ...base, [which]: v } });
  };
  const edited = Object.keys(overrides).length > 0;
  return (
    <details class="dl-thresholds" open={edited}>
      <summary>Edit thresholds{edited ? ' (edited)' : ''}</summary>
      <p>Distances alert when the value is at or above the level; p-values (KS, empty share) when at or below it.</p>
      <div class="dl-scroll">
        <table>
          <ColumnHeads columns={['Metric', 'Warn at', 'Alert at']} />
          <tbody>
            {metrics.map((m) => (
              <tr key={m.id}>
                <th scope="row" id={`${id}-thr-${m.id}`}>
                  {m.label}
                </th>
                {(['warn', 'alert'] as const).map((which) => (
                  <td key={which}>
                    <input
                      type="number"
                      min={0}
                      step="any"
                      aria-label={`${m.label}: ${which} at`}
                      value={m.threshold ? String(Number(m.threshold[which].toPrecision(4))) : ''}
                      disabled={!m.threshold}
                      onChange={(e) => set(m, which, e.currentTarget.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        class="cn-button"
        disabled={!edited}
        onClick={() => onChange({} as Record<DriftMetricId, never>)}
      >
        Reset thresholds
      </button>
    </details>
  );
}
