import type {
  DriftEmptyShare,
  DriftMetric,
  DriftMetricId,
  DriftReport,
  FittedReference,
  ThresholdMode,
} from '../drift-report-types.ts';
import type { KsMethod } from '../ks-two-sample.ts';
import { countSorted, linspace, sturgesEdges } from './bins.ts';
import { metricRow } from './drift-metric-row.ts';
import type { ThresholdContext } from './drift-thresholds.ts';
import { jsDistanceOfCounts } from './js-core.ts';
import { ksTwoSampleSorted } from './ks-sorted.ts';
import { psiBinning, psiFromCounts } from './psi-core.ts';
import { quantileDeltaSorted } from './quantile-delta-sorted.ts';
import { wasserstein1Sorted } from './w1-sorted.ts';

type Numbers = Pick<
  DriftReport,
  'ks' | 'wasserstein' | 'l1Binned' | 'psi' | 'jensenShannon' | 'quantiles' | 'median' | 'histogram'
> & {
  metrics: DriftMetric[];
  warnings: string[];
};

interface Settings {
  ksMethod: KsMethod;
  mode: ThresholdMode;
  minSamples: number;
  psiBins: number;
  overrides: Partial<Record<DriftMetricId, { warn: number; alert: number }>>;
  emptyRow: DriftEmptyShare | null;
}

const MAX_HIST_BINS = 60;

/** Computes every numeric part of a drift report from a fitted reference and a sorted current sample. */
export function driftNumbers(fitted: FittedReference, b: Float64Array, s: Settings): Numbers {
  const a = fitted.sorted;
  const n = a.length;
  const m = b.length;
  const ctx: ThresholdContext = {
    n: Math.max(n, 1),
    m: Math.max(m, 1),
    bins: s.psiBins,
    w1NullRatio: fitted.w1NullRatio,
  };
  const row = (id: DriftMetricId, v: number | string, w: string[] = []): DriftMetric =>
    metricRow(id, v, s.mode, ctx, s.overrides, w);
  const emptyMetric = s.emptyRow
    ? row('emptyShare', s.emptyRow.test.pValue)
    : row('emptyShare', 'reference or current sample has no values at all');
  const small =
    n < s.minSamples
      ? `reference has ${n} finite value(s), fewer than minSamples = ${s.minSamples}`
      : m < s.minSamples
        ? `current has ${m} finite value(s), fewer than minSamples = ${s.minSamples}`
        : null;
  if (small !== null) {
    return {
      metrics: [
        row('ks', small),
        row('wasserstein', small),
        row('psi', small),
        row('jensenShannon', small),
        row('medianShift', small),
        emptyMetric,
      ],
      warnings: [],
      ks: null,
      wasserstein: null,
      l1Binned: null,
      psi: null,
      jensenShannon: null,
      quantiles: null,
      median: null,
      histogram: null,
    };
  }
  const ks = ksTwoSampleSorted(a, b, 'two-sided', s.ksMethod);
  const wasserstein = wasserstein1Sorted(a, b);
  const binning = psiBinning(a, b, s.psiBins, 'reference-quantile', fitted.maxCategories);
  const refCounts = countSorted(a, binning);
  const psi = psiFromCounts(binning, refCounts, n, b, 1e-4, false);
  const usedBins = psi.bins.length;
  ctx.bins = usedBins;
  const curCounts = psi.bins.map((bin) => bin.curCount);
  let l1 = 0;
  for (const bin of psi.bins) l1 += Math.abs(bin.refShare - bin.curShare);
  const jsDistance = jsDistanceOfCounts(refCounts, curCounts, 2);
  const quantiles = quantileDeltaSorted(a, b, [0.05, 0.25, 0.5, 0.75, 0.95]);
  const median = quantiles[2] ?? null;
  let edges = sturgesEdges(a, b);
  if (edges.length - 1 > MAX_HIST_BINS)
    edges = linspace(edges[0] as number, edges[edges.length - 1] as number, MAX_HIST_BINS + 1);
  const hist = { kind: 'closed-intervals' as const, edges };
  const oneBin = 'reference has a single distinct value: no bins to compare';
  const metrics = [
    row('ks', ks.pValue, ks.warnings),
    row('wasserstein', wasserstein.normedStd, wasserstein.warnings),
    usedBins < 2
      ? row('psi', oneBin)
      : row(
          'psi',
          psi.value,
          psi.emptyBins > 0 ? [`${psi.emptyBins} bin(s) empty in one sample (share floored at 1e-4)`] : [],
        ),
    usedBins < 2 ? row('jensenShannon', oneBin) : row('jensenShannon', jsDistance),
    fitted.iqr > 0 && Number.isFinite(fitted.iqr) && median && Number.isFinite(median.delta)
      ? row('medianShift', Math.abs(median.delta) / fitted.iqr)
      : row('medianShift', 'reference IQR is 0: no scale for the median shift'),
    emptyMetric,
  ];
  return {
    metrics,
    warnings: [],
    ks,
    wasserstein,
    l1Binned: l1,
    psi,
    jensenShannon: { distance: jsDistance, divergence: jsDistance * jsDistance, base: 2 },
    quantiles,
    median,
    histogram: { edges, reference: countSorted(a, hist), current: countSorted(b, hist) },
  };
}
