import type { DriftMetric } from '@confnotes/stats';
import { formatNumber, formatPercent } from '../shared/format';
import type { AnalysisView } from './analysis';
import { ScrollRegion } from './ScrollRegion';

export interface MetricsPanelProps {
  /** The numbers to show. */
  view: AnalysisView;
  /** False while the exact KS p-value is still being computed. Default: true. */
  ksFinal?: boolean;
}

const VERDICT_TEXT = { ok: 'OK', warn: 'Warn', alert: 'Alert' } as const;

/** A value a test can read: full precision in data-value, rounded on screen. */
function Metric({
  id,
  value,
  digits = 3,
  state,
}: {
  id: string;
  value: number | null | undefined;
  digits?: number;
  state?: string;
}) {
  const v = value ?? Number.NaN;
  return (
    <span data-metric={id} data-value={Number.isFinite(v) ? String(v) : ''} data-state={state}>
      {formatNumber(v, digits)}
    </span>
  );
}

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
  const ks = r.ks;
  const w = r.wasserstein;
  const psi = r.psi;
  const empty = r.emptyShare;
  return (
    <div class="dl-metrics">
      <p class="dl-overall" data-overall={r.overall}>
        Overall: <strong>{r.overall === 'insufficient' ? 'not enough data' : VERDICT_TEXT[r.overall]}</strong> (
        {r.thresholds === 'fixed' ? 'fixed rule-of-thumb thresholds' : 'sample-size-aware thresholds'}; reference n ={' '}
        {r.nReference.toLocaleString('en-GB')}, current m = {r.nCurrent.toLocaleString('en-GB')})
      </p>
      <ScrollRegion class="dl-scroll" label="Metrics table (scrolls sideways)">
        <table class="dl-table">
          <caption>Metrics, thresholds and verdicts</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Value</th>
              <th scope="col">Warn</th>
              <th scope="col">Alert</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {r.metrics.map((m) => (
              <Row key={m.id} m={m} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <dl class="dl-details">
        <dt>Kolmogorov–Smirnov</dt>
        <dd>
          D = <Metric id="ks-statistic" value={ks?.statistic} digits={4} />, p ={' '}
          {ks && ksFinal ? (
            <Metric id="ks-pvalue" value={ks.pValue} state="final" />
          ) : (
            <Metric id="ks-pvalue" value={ks?.pValue} state="pending" />
          )}{' '}
          (
          {ks
            ? ksFinal
              ? `${ks.method} method`
              : `asymptotic for now; the exact ${view.autoMethod} p-value is being computed`
            : 'not enough data'}
          ){ks?.hasTies ? '; the data has ties, so p is conservative' : ''}
        </dd>
        <dt>Wasserstein-1 (d1)</dt>
        <dd>
          <Metric id="w1" value={w?.value} /> in data units, <Metric id="w1-normed" value={w?.normedStd} /> in reference
          standard deviations; binned L1 distance Σ|r − c| = {formatNumber(r.l1Binned ?? Number.NaN)}
        </dd>
        <dt>Population Stability Index</dt>
        <dd>
          <Metric id="psi" value={psi?.value} /> — band “{psi?.band ?? '—'}” (0.1 / 0.25 rule of thumb); expected with
          no drift ≈ {formatNumber(psi?.expectedUnderNull ?? Number.NaN)}, exceeded by chance 1% of the time above{' '}
          <Metric id="psi-critical" value={psi?.criticalValue} />
          {psi && psi.emptyBins > 0 ? `; ${psi.emptyBins} bin(s) empty in one sample` : ''}
        </dd>
        <dt>Jensen–Shannon distance (base 2)</dt>
        <dd>
          <Metric id="js" value={r.jensenShannon?.distance} /> on the same 10 bins (0 = same shares, 1 = no overlap)
        </dd>
        <dt>Median and quantiles</dt>
        <dd>
          Median moved by <Metric id="median-delta" value={r.median?.delta} /> (current − reference, empties left out)
          {r.quantiles && (
            <span>
              ; quantile deltas:{' '}
              {r.quantiles
                .map((q) => `p${Math.round(q.p * 100)} ${q.delta >= 0 ? '+' : ''}${formatNumber(q.delta)}`)
                .join(', ')}
            </span>
          )}
        </dd>
        <dt>Share of empty outputs</dt>
        <dd>
          Current <Metric id="empty-share-current" value={empty?.current.share} digits={4} />
          {empty && (
            <span>
              {' '}
              ({formatPercent(empty.current.share)}, 95% CI {formatPercent(empty.current.wilson95[0])}–
              {formatPercent(empty.current.wilson95[1])}) vs reference {formatPercent(empty.reference.share)}
            </span>
          )}
        </dd>
      </dl>
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
