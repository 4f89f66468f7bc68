import { Notices } from '../shared/Notices';
import type { AnalysisView, ThresholdOverrides } from './analysis';
import { Charts } from './Charts';
import { MetricsPanel } from './MetricsPanel';
import { ThresholdEditor } from './ThresholdEditor';
import type { AnalysisState } from './useAnalysis';

export interface CompareResultProps {
  /** Element id prefix (the widget id). */
  id: string;
  /** The analysis state: pending, error, whether the KS p-value is final. */
  analysis: AnalysisState;
  /** The numbers to show, or null (own data not loaded or not computed yet). */
  view: AnalysisView | null;
  /** Edited thresholds in force. */
  overrides: ThresholdOverrides;
  /** Thresholds were edited. */
  onOverrides: (overrides: ThresholdOverrides) => void;
  /** The user's own data is shown (not a scenario). */
  dataMode: boolean;
  /** Both own files have a numeric column picked. */
  hasPair: boolean;
}

/** The compare view's result: errors, an "Updating…" status, metrics, threshold editor and charts. */
export function CompareResult({ id, analysis, view, overrides, onOverrides, dataMode, hasPair }: CompareResultProps) {
  return (
    <>
      <Notices errors={analysis.error ? [analysis.error] : []} />
      <p role="status" class="dl-hint">
        {analysis.pending ? 'Updating…' : ''}
      </p>
      {view ? (
        <div class="dl-result" aria-busy={analysis.pending}>
          <MetricsPanel view={view} ksFinal={analysis.ksFinal} />
          <ThresholdEditor id={id} metrics={view.report.metrics} overrides={overrides} onChange={onOverrides} />
          <Charts view={view} />
        </div>
      ) : (
        dataMode &&
        (hasPair ? (
          <p>Computing the metrics for your files…</p>
        ) : (
          <p>Load both a reference and a current file (with a numeric column) to see the metrics.</p>
        ))
      )}
    </>
  );
}
