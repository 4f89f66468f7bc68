import { formatNumber, formatPercent } from '../shared/format';
import { MetricReadout } from '../shared/MetricReadout';
import type { AnalysisView } from './analysis';

export interface MetricDetailsProps {
  /** The numbers to show. */
  view: AnalysisView;
  /** False while the exact KS p-value is still being computed. */
  ksFinal: boolean;
}

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
    <MetricReadout name={id} value={Number.isFinite(v) ? v : null} data-state={state}>
      {formatNumber(v, digits)}
    </MetricReadout>
  );
}

/** The detailed numbers behind the verdicts: KS, W1, PSI, JS, median and quantiles, empty share. */
export function MetricDetails({ view, ksFinal }: MetricDetailsProps) {
  const r = view.report;
  const ks = r.ks;
  const w = r.wasserstein;
  const psi = r.psi;
  const empty = r.emptyShare;
  return (
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
        <Metric id="psi" value={psi?.value} /> — band “{psi?.band ?? '—'}” (0.1 / 0.25 rule of thumb); expected with no
        drift ≈ {formatNumber(psi?.expectedUnderNull ?? Number.NaN)}, exceeded by chance 1% of the time above{' '}
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
  );
}
