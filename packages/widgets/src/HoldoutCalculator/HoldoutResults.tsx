import type { ComponentChildren } from 'preact';
import { formatNumber, formatPercent } from '../shared/format';
import { MetricReadout } from '../shared/MetricReadout';
import { daysText } from './input';
import type { HoldoutResult } from './model';
import type { HoldoutState } from './state';

export interface HoldoutResultsProps {
  /** The calculator state (design, margin and drop appear in the row labels). */
  state: HoldoutState;
  /** The computed plan. */
  result: HoldoutResult;
  /** Currency symbol shown with costs. */
  currency: string;
}

/** A row: its label, and the value cell carrying `data-metric` / `data-value`. */
function ResultRow(props: { label: ComponentChildren; metric: string; value: number; children: ComponentChildren }) {
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <MetricReadout as="td" name={props.metric} value={props.value}>
        {props.children}
      </MetricReadout>
    </tr>
  );
}

/** What the holdout costs per day and how many days it takes to measure precision, recall and a drop. */
export function HoldoutResults({ state, result: r, currency }: HoldoutResultsProps) {
  const money = (v: number) => `${currency}${formatNumber(v, 3)}`;
  const margin = formatPercent(state.margin);
  return (
    <table class="ho-results">
      <caption>What the holdout costs and what it buys</caption>
      <tbody>
        <ResultRow label="Flagged transactions per day" metric="ho-flagged" value={r.flaggedPerDay}>
          {formatNumber(r.flaggedPerDay)}
        </ResultRow>
        <ResultRow label="Let through per day" metric="ho-let-through" value={r.letThroughPerDay}>
          {formatNumber(r.letThroughPerDay)}
        </ResultRow>
        <ResultRow
          label="Frauds let through per day (the model would have blocked them)"
          metric="ho-fraud-through"
          value={r.fraudLetThroughPerDay}
        >
          {formatNumber(r.fraudLetThroughPerDay)}
        </ResultRow>
        <ResultRow label="Expected cost per day" metric="ho-cost-day" value={r.costPerDay}>
          <strong>{money(r.costPerDay)}</strong> ({money(r.costPerYear)} a year)
        </ResultRow>
        <ResultRow
          label={<>Days to know precision within ±{margin} (95%, Wilson)</>}
          metric="ho-days-precision"
          value={r.daysForPrecision}
        >
          {daysText(r.daysForPrecision)} ({formatNumber(r.precisionCasesNeeded)} labelled cases)
        </ResultRow>
        <ResultRow label={<>Days to know recall within ±{margin}</>} metric="ho-days-recall" value={r.daysForRecall}>
          {state.design === 'flagged'
            ? 'not measurable: only flagged cases are let through'
            : `${daysText(r.daysForRecall)} (${formatNumber(r.recallCasesNeeded)} fraud cases)`}
        </ResultRow>
        <ResultRow
          label={<>Days to detect precision falling by {formatPercent(state.drop)} points</>}
          metric="ho-days-drop"
          value={r.daysToDetectDrop}
        >
          {daysText(r.daysToDetectDrop)} (two windows of {formatNumber(r.casesToDetectDrop, 6)} cases)
        </ResultRow>
        <ResultRow
          label="Chance of detecting that drop with these windows (power)"
          metric="ho-power"
          value={r.powerReached}
        >
          {formatPercent(r.powerReached)}
        </ResultRow>
      </tbody>
    </table>
  );
}
