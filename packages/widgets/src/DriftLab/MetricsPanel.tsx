import type { AnalysisView } from './analysis';
import { MetricDetails } from './MetricDetails';
import { MetricsTable, VERDICT_TEXT } from './MetricsTable';

export interface MetricsPanelProps {
  /** The numbers to show. */
  view: AnalysisView;
  /** False while the exact KS p-value is still being computed. Default: true. */
  ksFinal?: boolean;
}

type Report = AnalysisView['report'];

/** One sentence on what was left out of the distributions (empty or unreadable values). */
function droppedText(r: Report): string {
  const count = (d: Report['dropped']['reference']) => d.nan + d.posInf + d.negInf + d.nonNumeric;
  const ref = count(r.dropped.reference);
  const cur = count(r.dropped.current);
  if (ref + cur === 0) return '';
  return `Left out of the distributions (empty or not a number): ${ref.toLocaleString('en-GB')} reference and ${cur.toLocaleString('en-GB')} current values.`;
}

/** The report's warnings except the dropped-value counts (said in words above). */
function otherWarnings(r: Report): string[] {
  return r.warnings.filter((w) => !/^(reference|current): dropped/.test(w));
}

/** Every metric with its threshold and verdict, and the detailed numbers behind them. */
export function MetricsPanel({ view, ksFinal = true }: MetricsPanelProps) {
  const r = view.report;
  return (
    <div class="dl-metrics">
      <p class="dl-overall" data-overall={r.overall}>
        Overall: <strong>{r.overall === 'insufficient' ? 'not enough data' : VERDICT_TEXT[r.overall]}</strong> (
        {r.thresholds === 'fixed' ? 'fixed rule-of-thumb thresholds' : 'sample-size-aware thresholds'}; reference n ={' '}
        {r.nReference.toLocaleString('en-GB')}, current m = {r.nCurrent.toLocaleString('en-GB')})
      </p>
      <MetricsTable metrics={r.metrics} />
      <MetricDetails view={view} ksFinal={ksFinal} />
      {(droppedText(r) || otherWarnings(r).length > 0) && (
        <ul class="dl-warnings">
          {droppedText(r) && <li>{droppedText(r)}</li>}
          {otherWarnings(r)
            .slice(0, 5)
            .map((w) => (
              <li key={w}>{w}</li>
            ))}
        </ul>
      )}
    </div>
  );
}
