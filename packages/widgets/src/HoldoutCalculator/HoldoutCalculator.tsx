import './holdout.css';
import { useMemo, useState } from 'preact/hooks';
import { formatNumber, formatPercent } from '../shared/format';
import { Notices } from '../shared/Notices';
import type { NumberParam, StateOf } from '../shared/url-state';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { holdoutPlan } from './model';
import { HOLDOUT_PREFIX, holdoutSpec } from './state';

export interface HoldoutCalculatorProps {
  /** Element id and URL anchor. Default: "holdout-calculator". */
  id?: string;
  /** Visible title. Default: "Holdout calculator: let some fraudsters through". */
  title?: string;
  /** Currency symbol shown with costs. Default: "€". */
  currency?: string;
}

type HoldoutState = StateOf<typeof holdoutSpec>;
type NumberKey = {
  [K in keyof HoldoutState]: (typeof holdoutSpec)[K] extends NumberParam ? K : never;
}[keyof HoldoutState];

const PERCENT_KEYS = new Set<NumberKey>(['fraud', 'recall', 'precision', 'holdout', 'margin', 'drop']);

function Field({
  id,
  name,
  state,
  onChange,
}: {
  id: string;
  name: NumberKey;
  state: HoldoutState;
  onChange: (k: NumberKey, raw: string) => void;
}) {
  const p = holdoutSpec[name];
  const percent = PERCENT_KEYS.has(name);
  const scale = percent ? 100 : 1;
  return (
    <div class="ho-field">
      <label for={`${id}-${name}`}>
        {p.label}
        {percent ? ' (%)' : ''}
      </label>
      <input
        id={`${id}-${name}`}
        type="number"
        min={p.min * scale}
        max={p.max * scale}
        step={percent ? 'any' : name === 'traffic' ? 1000 : 1}
        value={Number((state[name] * scale).toPrecision(6))}
        onChange={(e) => onChange(name, e.currentTarget.value)}
      />
    </div>
  );
}

const days = (d: number) =>
  Number.isFinite(d)
    ? d < 1
      ? `${formatNumber(d * 24)} hours`
      : `${formatNumber(d)} days`
    : 'never (no labelled cases)';

/** Cost of a holdout (suspected fraud let through) versus how fast it measures precision and recall. */
export function HoldoutCalculator({
  id = 'holdout-calculator',
  title = 'Holdout calculator: let some fraudsters through',
  currency = '€',
}: HoldoutCalculatorProps) {
  const { state, setState, notices, link } = useUrlState(holdoutSpec, HOLDOUT_PREFIX, id);
  const [inputNotice, setInputNotice] = useState<string | null>(null);
  const r = useMemo(
    () =>
      holdoutPlan({
        traffic: state.traffic,
        fraudRate: state.fraud,
        recall: state.recall,
        precision: state.precision,
        holdout: state.holdout,
        design: state.design,
        costPerMiss: state.cost,
        margin: state.margin,
        drop: state.drop,
        power: Number(state.power),
      }),
    [state],
  );
  const change = (name: NumberKey, raw: string) => {
    const p = holdoutSpec[name];
    const scale = PERCENT_KEYS.has(name) ? 100 : 1;
    const n = raw.trim() === '' ? Number.NaN : Number(raw) / scale;
    if (!Number.isFinite(n)) {
      setInputNotice(`${p.label}: "${raw.slice(0, 20)}" is not a number, so it was not changed.`);
      return;
    }
    const v = 'integer' in p && p.integer ? Math.round(n) : n;
    const clamped = Math.min(p.max, Math.max(p.min, v));
    setInputNotice(
      clamped === v
        ? null
        : `${p.label}: ${formatNumber(v * scale)} is outside ${formatNumber(p.min * scale)}–${formatNumber(p.max * scale)}, so ${formatNumber(clamped * scale)} is used.`,
    );
    setState({ [name]: clamped } as Partial<HoldoutState>);
  };
  const money = (v: number) => `${currency}${formatNumber(v, 3)}`;
  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="Letting a small share of suspected fraud through costs money every day, but it is the only way to keep measuring what the model really does. Set your numbers and see both sides."
      notices={notices}
      link={link}
    >
      <div class="ho-grid">
        <fieldset class="ho-design">
          <legend>Who is let through</legend>
          <label>
            <input
              type="radio"
              name={`${id}-design`}
              checked={state.design === 'flagged'}
              onChange={() => setState({ design: 'flagged' })}
            />{' '}
            A share of the flagged transactions (measures precision)
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-design`}
              checked={state.design === 'random'}
              onChange={() => setState({ design: 'random' })}
            />{' '}
            A random share of all traffic, unscreened (measures precision and recall)
          </label>
        </fieldset>
        {(['traffic', 'fraud', 'recall', 'precision', 'holdout', 'cost', 'margin', 'drop'] as const).map((name) => (
          <Field key={name} id={id} name={name} state={state} onChange={change} />
        ))}
        <div class="cn-field">
          <label for={`${id}-power`}>{holdoutSpec.power.label}</label>
          <select
            id={`${id}-power`}
            value={state.power}
            onChange={(e) => setState({ power: e.currentTarget.value as HoldoutState['power'] })}
          >
            {holdoutSpec.power.values.map((v) => (
              <option key={v} value={v}>
                {formatPercent(Number(v), 0)}
                {v === '0.5' ? ' (a coin flip)' : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Notices notices={inputNotice ? [inputNotice] : []} />
      {r.dropExceedsPrecision && (
        <p role="alert" class="cn-notice" data-metric="ho-drop-warning" data-value="1">
          The drop asked for ({formatPercent(state.drop)} points) is at least the precision itself (
          {formatPercent(state.precision)}): precision cannot fall below 0, so the days below are for a fall to 0.
        </p>
      )}
      <table class="ho-results">
        <caption>What the holdout costs and what it buys</caption>
        <tbody>
          <tr>
            <th scope="row">Flagged transactions per day</th>
            <td data-metric="ho-flagged" data-value={String(r.flaggedPerDay)}>
              {formatNumber(r.flaggedPerDay)}
            </td>
          </tr>
          <tr>
            <th scope="row">Let through per day</th>
            <td data-metric="ho-let-through" data-value={String(r.letThroughPerDay)}>
              {formatNumber(r.letThroughPerDay)}
            </td>
          </tr>
          <tr>
            <th scope="row">Frauds let through per day (the model would have blocked them)</th>
            <td data-metric="ho-fraud-through" data-value={String(r.fraudLetThroughPerDay)}>
              {formatNumber(r.fraudLetThroughPerDay)}
            </td>
          </tr>
          <tr>
            <th scope="row">Expected cost per day</th>
            <td data-metric="ho-cost-day" data-value={String(r.costPerDay)}>
              <strong>{money(r.costPerDay)}</strong> ({money(r.costPerYear)} a year)
            </td>
          </tr>
          <tr>
            <th scope="row">Days to know precision within ±{formatPercent(state.margin)} (95%, Wilson)</th>
            <td data-metric="ho-days-precision" data-value={String(r.daysForPrecision)}>
              {days(r.daysForPrecision)} ({formatNumber(r.precisionCasesNeeded)} labelled cases)
            </td>
          </tr>
          <tr>
            <th scope="row">Days to know recall within ±{formatPercent(state.margin)}</th>
            <td data-metric="ho-days-recall" data-value={String(r.daysForRecall)}>
              {state.design === 'flagged'
                ? 'not measurable: only flagged cases are let through'
                : `${days(r.daysForRecall)} (${formatNumber(r.recallCasesNeeded)} fraud cases)`}
            </td>
          </tr>
          <tr>
            <th scope="row">Days to detect precision falling by {formatPercent(state.drop)} points</th>
            <td data-metric="ho-days-drop" data-value={String(r.daysToDetectDrop)}>
              {days(r.daysToDetectDrop)} (two windows of {formatNumber(r.casesToDetectDrop, 6)} cases)
            </td>
          </tr>
          <tr>
            <th scope="row">Chance of detecting that drop with these windows (power)</th>
            <td data-metric="ho-power" data-value={String(r.powerReached)}>
              {formatPercent(r.powerReached)}
            </td>
          </tr>
        </tbody>
      </table>
      <p class="ho-note">
        Assumptions: labels for let-through cases arrive eventually (chargebacks can take weeks: add that delay); the
        drop is "detected" when a one-sided two-proportion z-test (α = 0.05) on two equal windows, before and after,
        rejects "no drop"; the windows are sized so that this happens with the chosen chance (normal approximation, as
        R's power.prop.test).
      </p>
    </WidgetFrame>
  );
}
