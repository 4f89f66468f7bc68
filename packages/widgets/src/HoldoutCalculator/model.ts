import { emptyShare, twoProportionPower, twoProportionSampleSize } from '@confnotes/stats';

/** Which cases are let through unblocked. */
export type HoldoutDesign = 'flagged' | 'random';

export interface HoldoutInputs {
  /** Transactions per day (> 0). */
  traffic: number;
  /** Share of transactions that are fraud, (0, 1). */
  fraudRate: number;
  /** Share of fraud the model flags, (0, 1]. */
  recall: number;
  /** Share of flagged transactions that are fraud, (0, 1]. */
  precision: number;
  /** Share let through: of flagged transactions ('flagged') or of all traffic ('random'), (0, 1). */
  holdout: number;
  design: HoldoutDesign;
  /** Cost of one fraud that gets through, currency units. */
  costPerMiss: number;
  /** Wanted half-width of the 95 % interval, e.g. 0.05 = ±5 points. */
  margin: number;
  /** Drop in precision to detect, absolute, e.g. 0.1 = 50 % → 40 %. */
  drop: number;
  /** Wanted chance of detecting that drop (power), (0, 1), e.g. 0.8. */
  power: number;
}

export interface HoldoutResult {
  flaggedPerDay: number;
  /** Cases let through per day. */
  letThroughPerDay: number;
  /** Frauds the model would have blocked that get through because of the holdout. */
  fraudLetThroughPerDay: number;
  costPerDay: number;
  costPerYear: number;
  /** Labelled cases per day that tell you about precision (flagged cases in the holdout). */
  precisionCasesPerDay: number;
  /** Labelled fraud cases per day that tell you about recall; 0 when the design cannot measure recall. */
  recallCasesPerDay: number;
  /** Labelled cases needed for a 95 % Wilson interval of ±margin around precision / recall. */
  precisionCasesNeeded: number;
  recallCasesNeeded: number;
  /** Days to collect them (Infinity when no cases arrive). */
  daysForPrecision: number;
  daysForRecall: number;
  /** Cases per window for a one-sided two-proportion z-test (α = 0.05) to detect the drop with `power`. */
  casesToDetectDrop: number;
  /** Power reached with `casesToDetectDrop` per window (≥ the power asked for, after rounding up). */
  powerReached: number;
  /** Precision after the drop; 0 when the drop asked for is larger than the precision itself. */
  precisionAfterDrop: number;
  /** The drop asked for is at least the precision: it cannot fall that far, so a fall to 0 is used. */
  dropExceedsPrecision: boolean;
  daysToDetectDrop: number;
}

const MAX_CASES = 10_000_000;

/** Half-width of the 95 % Wilson interval for a share p observed in n cases (via the stats package). */
export function wilsonHalfWidth(p: number, n: number): number {
  const k = Math.round(p * n);
  const flags = new Uint8Array(n);
  flags.fill(1, 0, k);
  const [lo, hi] = emptyShare(flags, (v) => v === 1).wilson95;
  return (hi - lo) / 2;
}

/** Smallest n in [1, MAX_CASES] for which `ok(n)` holds, assuming it stays true for larger n. */
function smallestN(ok: (n: number) => boolean): number {
  let hi = 1;
  while (hi < MAX_CASES && !ok(hi)) hi *= 2;
  if (!ok(Math.min(hi, MAX_CASES))) return Number.POSITIVE_INFINITY;
  let lo = Math.floor(hi / 2) + 1;
  hi = Math.min(hi, MAX_CASES);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return hi;
}

/** Labelled cases for a ±margin 95 % Wilson interval around a share p. */
export function casesForMargin(p: number, margin: number): number {
  return smallestN((n) => wilsonHalfWidth(p, n) <= margin);
}

/**
 * Cases per window for a one-sided two-proportion z-test at α = 0.05 to detect precision falling
 * from p to max(0, p − drop) with the given power (normal approximation, as R `power.prop.test`).
 */
export function casesForDrop(p: number, drop: number, power: number): number {
  return twoProportionSampleSize(p, Math.max(0, p - drop), power, { alpha: 0.05, alternative: 'one-sided' });
}

const days = (cases: number, perDay: number) =>
  perDay > 0 && Number.isFinite(cases) ? cases / perDay : Number.POSITIVE_INFINITY;

/** Cost and learning speed of letting some suspected fraud through (a holdout). */
export function holdoutPlan(x: HoldoutInputs): HoldoutResult {
  const frauds = x.traffic * x.fraudRate;
  const flaggedPerDay = (frauds * x.recall) / x.precision;
  const random = x.design === 'random';
  const letThroughPerDay = random ? x.traffic * x.holdout : flaggedPerDay * x.holdout;
  const fraudLetThroughPerDay = frauds * x.recall * x.holdout;
  const precisionCasesPerDay = flaggedPerDay * x.holdout;
  const recallCasesPerDay = random ? frauds * x.holdout : 0;
  const precisionCasesNeeded = casesForMargin(x.precision, x.margin);
  const recallCasesNeeded = casesForMargin(x.recall, x.margin);
  const precisionAfterDrop = Math.max(0, x.precision - x.drop);
  const casesToDetectDrop = casesForDrop(x.precision, x.drop, x.power);
  return {
    flaggedPerDay,
    letThroughPerDay,
    fraudLetThroughPerDay,
    costPerDay: fraudLetThroughPerDay * x.costPerMiss,
    costPerYear: fraudLetThroughPerDay * x.costPerMiss * 365,
    precisionCasesPerDay,
    recallCasesPerDay,
    precisionCasesNeeded,
    recallCasesNeeded,
    daysForPrecision: days(precisionCasesNeeded, precisionCasesPerDay),
    daysForRecall: days(recallCasesNeeded, recallCasesPerDay),
    casesToDetectDrop,
    powerReached: twoProportionPower(x.precision, precisionAfterDrop, casesToDetectDrop),
    precisionAfterDrop,
    dropExceedsPrecision: x.drop >= x.precision,
    // Two windows of that size: a baseline and the window after the drop.
    daysToDetectDrop: days(2 * casesToDetectDrop, precisionCasesPerDay),
  };
}
