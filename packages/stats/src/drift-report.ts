import type { DriftMetricId, DriftReport, FittedReference, ThresholdMode } from './drift-report-types.ts';
import { StatsInputError } from './errors.ts';
import { fitReference } from './fit-reference.ts';
import { driftNumbers } from './internal/drift-numbers.ts';
import { isSortedSample } from './internal/sorted-registry.ts';
import { type CleanedSorted, cleanedSorted, droppedOfTally, emptyShareOfSorted } from './internal/tallied.ts';
import { describe, integerAtLeast, oneOf } from './internal/validate.ts';
import { isEmptyValue } from './is-empty-value.ts';
import type { KsMethod } from './ks-two-sample.ts';
import type { SortedSample } from './sorted-sample.ts';
import { twoProportionZTest } from './two-proportion-z-test.ts';

/** Options of {@link driftReport}. */
export interface DriftReportOptions {
  /** KS p-value method (default 'auto': exact iff max(n, m) <= 10000). Use 'asymp' for sliders. */
  ksMethod?: KsMethod;
  /** PSI/JS bins from reference quantiles (default 10, or the fitted reference's). */
  psiBins?: number;
  /** Empty-output predicate for the current sample (and a raw reference); default {@link isEmptyValue}. */
  isEmpty?: (v: unknown) => boolean;
  /** 'fixed' (default): anchors' rules of thumb; 'sample-size-aware': null-calibrated for n, m, bins. */
  thresholds?: ThresholdMode;
  /** Per-metric warn/alert values that replace the mode's thresholds. */
  thresholdOverrides?: Partial<Record<DriftMetricId, { warn: number; alert: number }>>;
  /** Minimum finite values per sample before a numeric metric is computed (default 1; demos: 10). */
  minSamples?: number;
}

const METHODS: readonly KsMethod[] = ['auto', 'exact', 'asymp'];
const MODES: readonly ThresholdMode[] = ['fixed', 'sample-size-aware'];
const IDS: readonly DriftMetricId[] = ['ks', 'wasserstein', 'psi', 'jensenShannon', 'medianShift', 'emptyShare'];

function isFitted(x: unknown): x is FittedReference {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'fitted-reference';
}

/** The current sample's sorted finite values, dropped counts and empty share (raw cells or a SortedSample). */
function sortedCurrent(
  current: ArrayLike<unknown> | SortedSample,
  isEmpty: ((v: unknown) => boolean) | undefined,
): CleanedSorted {
  if (!isSortedSample(current)) return cleanedSorted(current, isEmpty);
  return { sorted: current.values, dropped: droppedOfTally(current), empty: emptyShareOfSorted(current, isEmpty) };
}

function checkOverrides(o: unknown): Partial<Record<DriftMetricId, { warn: number; alert: number }>> {
  if (o === undefined) return {};
  if (typeof o !== 'object' || o === null)
    throw new StatsInputError('INVALID_OPTION', 'driftReport', 'thresholdOverrides to be an object', describe(o));
  for (const [k, v] of Object.entries(o)) {
    oneOf(k, IDS, 'driftReport', 'thresholdOverrides keys');
    const t = v as { warn?: unknown; alert?: unknown };
    if (
      !(
        typeof t?.warn === 'number' &&
        Number.isFinite(t.warn) &&
        typeof t?.alert === 'number' &&
        Number.isFinite(t.alert)
      )
    ) {
      throw new StatsInputError('INVALID_OPTION', 'driftReport', `finite warn and alert for ${k}`, describe(v));
    }
  }
  return o as Partial<Record<DriftMetricId, { warn: number; alert: number }>>;
}

/**
 * Everything a drift panel shows for a reference and a current sample, tolerant of messy input.
 *
 * Plain English: cleans both samples (counting dropped NaN/±Infinity/non-numbers), then reports
 * KS, Wasserstein-1, PSI, Jensen–Shannon, quantile and median shifts, the empty-output share of
 * both samples with a z-test, and shared-edge histograms. Every metric row carries its value,
 * threshold (fixed rule of thumb or sample-size-aware), direction, verdict (ok/warn/alert) and
 * warnings — or `status: 'insufficient'` with a reason instead of throwing when a sample is too
 * small or degenerate for it. Pass a {@link fitReference} result to score many windows fast.
 *
 * Reference: docs/stats-conventions.md#thresholds and the sections it links; Evidently, NannyML and whylogs drift presets. Complexity: O(n + m) cleaning and radix sorts,
 * linear walks, O(B log n) binning; exact KS (ksMethod 'exact'/'auto') adds O(m(2Dn + 1)).
 *
 * @param reference - raw reference values, a FittedReference, or a {@link sortedSample}
 * @param current - raw current values (anything; non-finite and non-numbers are dropped and counted),
 *   or a {@link sortedSample} (used without sorting or copying; its tally gives the dropped cells)
 * @param options - ksMethod, psiBins, isEmpty, thresholds, thresholdOverrides, minSamples
 * @returns a {@link DriftReport}; never NaN, insufficient metrics have value null
 * @throws StatsInputError INVALID_OPTION for bad options only (never for bad data)
 * @example
 * driftReport(lastWeek, today, { ksMethod: 'asymp', thresholds: 'sample-size-aware' }).metrics;
 */
export function driftReport(
  reference: ArrayLike<unknown> | FittedReference | SortedSample,
  current: ArrayLike<unknown> | SortedSample,
  options: DriftReportOptions = {},
): DriftReport {
  const ksMethod = oneOf(options.ksMethod ?? 'auto', METHODS, 'driftReport', 'ksMethod');
  const mode = oneOf(options.thresholds ?? 'fixed', MODES, 'driftReport', 'thresholds');
  const minSamples = integerAtLeast(options.minSamples ?? 1, 1, 'driftReport', 'minSamples');
  const isEmpty = options.isEmpty ?? isEmptyValue;
  if (typeof isEmpty !== 'function')
    throw new StatsInputError('INVALID_OPTION', 'driftReport', 'isEmpty to be a function', describe(isEmpty));
  const overrides = checkOverrides(options.thresholdOverrides);
  const fitted = isFitted(reference)
    ? reference
    : fitReference(reference, {
        ...(options.isEmpty === undefined ? {} : { isEmpty }),
        ...(options.psiBins === undefined ? {} : { psiBins: options.psiBins }),
      });
  const psiBins = integerAtLeast(options.psiBins ?? fitted.psiBins, 2, 'driftReport', 'psiBins');
  const { sorted: b, dropped: curDropped, empty: curEmpty } = sortedCurrent(current ?? [], options.isEmpty);
  const refEmpty = fitted.emptyShare;
  const emptyRow =
    refEmpty && curEmpty
      ? {
          reference: refEmpty,
          current: curEmpty,
          test: twoProportionZTest(refEmpty.k, refEmpty.n, curEmpty.k, curEmpty.n),
        }
      : null;
  const numbers = driftNumbers(fitted, b, { ksMethod, mode, minSamples, psiBins, overrides, emptyRow });
  const warnings = [...numbers.warnings];
  for (const [name, d] of [
    ['reference', fitted.cleaned.dropped],
    ['current', curDropped],
  ] as const) {
    const total = d.nan + d.posInf + d.negInf + d.nonNumeric;
    if (total > 0)
      warnings.push(
        `${name}: dropped ${total} value(s) (NaN ${d.nan}, +Inf ${d.posInf}, -Inf ${d.negInf}, non-numeric ${d.nonNumeric})`,
      );
  }
  const order = { ok: 0, warn: 1, alert: 2 } as const;
  let overall: DriftReport['overall'] = 'insufficient';
  for (const row of numbers.metrics) {
    if (row.verdict === null) continue;
    if (overall === 'insufficient' || order[row.verdict] > order[overall]) overall = row.verdict;
  }
  return {
    nReference: fitted.sorted.length,
    nCurrent: b.length,
    dropped: { reference: fitted.cleaned.dropped, current: curDropped },
    thresholds: mode,
    metrics: numbers.metrics,
    overall,
    ks: numbers.ks,
    wasserstein: numbers.wasserstein,
    l1Binned: numbers.l1Binned,
    psi: numbers.psi,
    jensenShannon: numbers.jensenShannon,
    quantiles: numbers.quantiles,
    median: numbers.median,
    emptyShare: emptyRow,
    histogram: numbers.histogram,
    conventions: {
      ksMethodRequested: ksMethod,
      psiBins,
      psiBinning: 'reference-quantile',
      psiEpsilon: 1e-4,
      binMembership: 'left-closed [lower, upper), open outer bins',
      jsBase: 2,
      stdDdof: 0,
      stdFloor: 0.001,
      quantileType: 7,
      minSamples,
    },
    warnings,
  };
}
