import {
  clean,
  type DriftMetricId,
  type DriftReport,
  dkwBand,
  driftReport,
  ecdf,
  type FittedReference,
  fitReference,
  type KsMethod,
  type SortedSample,
  type ThresholdMode,
} from '@confnotes/stats';

/** Per-metric warn/alert values that replace the threshold mode's. */
export type ThresholdOverrides = Partial<Record<DriftMetricId, { warn: number; alert: number }>>;

export interface AnalysisOptions {
  /** 'asymp' for the instant pass, 'auto' for the final p-value. */
  ksMethod: KsMethod;
  thresholds: ThresholdMode;
  overrides: ThresholdOverrides;
}

/** ECDF points for a step chart (at most {@link ECDF_POINTS}). */
export interface EcdfSeries {
  x: number[];
  y: number[];
}

/** Everything the Drift Lab draws, as plain data (it crosses the worker boundary). */
export interface AnalysisView {
  report: DriftReport;
  ecdf: { reference: EcdfSeries; current: EcdfSeries } | null;
  /** Where KS's D is attained: both ECDFs at the location. */
  ksGap: { x: number; reference: number; current: number } | null;
  /**
   * Half-widths of the 95 % DKW bands (CDF units): with 95 % confidence each sample's true CDF
   * lies everywhere within ± this of its ECDF.
   */
  dkw: { reference: number; current: number } | null;
  /** The KS p-value method `auto` will use for these sizes. */
  autoMethod: 'exact' | 'asymp';
}

/** Miss probability of the DKW bands drawn around the ECDFs (a 95 % band). */
export const DKW_ALPHA = 0.05;

/** Points kept per ECDF for plotting; the metrics always use every value. */
export const ECDF_POINTS = 400;

/** Fewer points for drawing: evenly spaced ECDF steps, always keeping the first and last. */
export function thinEcdf(e: { x: ArrayLike<number>; y: ArrayLike<number> }, points = ECDF_POINTS): EcdfSeries {
  const n = e.x.length;
  const x: number[] = [];
  const y: number[] = [];
  if (n <= points) {
    for (let i = 0; i < n; i++) {
      x.push(e.x[i] as number);
      y.push(e.y[i] as number);
    }
    return { x, y };
  }
  for (let k = 0; k < points; k++) {
    const i = Math.round((k * (n - 1)) / (points - 1));
    x.push(e.x[i] as number);
    y.push(e.y[i] as number);
  }
  return { x, y };
}

/** Value of a right-continuous ECDF (distinct sorted x, step heights y) at t. */
export function ecdfAt(e: { x: ArrayLike<number>; y: ArrayLike<number> }, t: number): number {
  let lo = 0;
  let hi = e.x.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((e.x[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : (e.y[lo - 1] as number);
}

/**
 * Fits the reference once (sort, quantile bins, empty share) for many current windows.
 * `maxCategories` 0 keeps simulated continuous data on quantile bins even for tiny samples;
 * the default 20 lets low-cardinality uploaded data take the categorical path.
 */
export function fitSample(reference: ArrayLike<unknown> | SortedSample, maxCategories = 20): FittedReference {
  return fitReference(reference, { psiBins: 10, maxCategories });
}

function isFitted(x: ArrayLike<unknown> | FittedReference | SortedSample): x is FittedReference {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'fitted-reference';
}

function isSorted(x: ArrayLike<unknown> | SortedSample): x is SortedSample {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'sorted-sample';
}

/**
 * The full drift panel for one reference/current pair: the stats package's drift report
 * (KS, W1, PSI, JS, quantiles, empty share, shared-edge histograms) plus ECDFs for the chart.
 * Sorted samples (uploaded data) are used as they are: each side is sorted once for everything.
 */
export function analyse(
  reference: ArrayLike<unknown> | FittedReference | SortedSample,
  current: ArrayLike<unknown> | SortedSample,
  options: AnalysisOptions,
): AnalysisView {
  const fitted = isFitted(reference) ? reference : fitSample(reference);
  const report = driftReport(fitted, current, {
    ksMethod: options.ksMethod,
    thresholds: options.thresholds,
    thresholdOverrides: options.overrides,
    minSamples: 10,
    psiBins: 10,
  });
  const cur = isSorted(current) ? current.values : clean(current).values;
  const autoMethod = Math.max(fitted.sorted.length, cur.length) <= 10_000 ? 'exact' : 'asymp';
  if (fitted.sorted.length === 0 || cur.length === 0) return { report, ecdf: null, ksGap: null, dkw: null, autoMethod };
  const refE = ecdf(fitted.sorted);
  const curE = ecdf(isSorted(current) ? current : cur);
  const ks = report.ks;
  const ksGap = ks
    ? { x: ks.location, reference: ecdfAt(refE, ks.location), current: ecdfAt(curE, ks.location) }
    : null;
  const dkw = {
    reference: dkwBand(fitted.sorted.length, DKW_ALPHA).epsilon,
    current: dkwBand(cur.length, DKW_ALPHA).epsilon,
  };
  return { report, ecdf: { reference: thinEcdf(refE), current: thinEcdf(curE) }, ksGap, dkw, autoMethod };
}

/** Replaces the instant (asymptotic) KS p-value with the final `auto` one and re-judges the KS row. */
export function withKsPValue(view: AnalysisView, pValue: number, method: 'exact' | 'asymp'): AnalysisView {
  const ks = view.report.ks;
  if (!ks) return view;
  const metrics = view.report.metrics.map((m) => {
    if (m.id !== 'ks' || !m.threshold) return m;
    const t = m.threshold;
    const verdict = pValue <= t.alert ? 'alert' : pValue <= t.warn ? 'warn' : 'ok';
    return { ...m, value: pValue, verdict } as typeof m;
  });
  const order = { ok: 0, warn: 1, alert: 2 } as const;
  let overall: AnalysisView['report']['overall'] = 'insufficient';
  for (const m of metrics) {
    if (m.verdict === null) continue;
    if (overall === 'insufficient' || order[m.verdict] > order[overall]) overall = m.verdict;
  }
  return { ...view, report: { ...view.report, metrics, overall, ks: { ...ks, pValue, method } } };
}
