/** The alert policy's numbers as the text and `data-value` the alert table shows. Pure. */
import { formatDuration, formatNumber, formatPercent } from '../shared/format';
import type { Readout } from './incident-readout';
import { type AlertRule, type AlertSummary, WORKBOOK_BUDGET_SHARES } from './model';

/** One row of the alert policy table. */
export interface AlertSummaryReadout {
  /** Error rate above which it fires; value: that rate as a fraction. */
  threshold: Readout;
  /** Budget spent when it fires; value: the share. */
  spent: Readout;
  /** Time to fire on a total outage; value: seconds, null when it can never fire. */
  detect: Readout;
  /** Reset time after a total outage; value: seconds, null when it can never fire. */
  reset: Readout;
}

/** The Workbook's budget shares with the burn rates they give for this window: "2% → 14.4×, 5% → 6×, 10% → 1×". */
export function defaultBurnsText(rules: readonly AlertRule[]): string {
  return WORKBOOK_BUDGET_SHARES.map(
    (share, i) => `${formatPercent(share, 0)} → ${formatNumber(rules[i]?.burnRate ?? Number.NaN, 4)}×`,
  ).join(', ');
}

/** The rules' burn rates at full precision, comma-separated (the `data-value` of the sentence above). */
export function burnRatesValue(rules: readonly AlertRule[]): string {
  return rules.map((r) => r.burnRate).join(',');
}

/** Both windows of a rule: "1 h / 5 min". */
export function windowsText(rule: AlertRule): string {
  return `${formatDuration(rule.longMinutes * 60)} / ${formatDuration(rule.shortMinutes * 60)}`;
}

/** The table row of one alert's summary; an alert that can never fire says so instead of numbers. */
export function alertSummaryReadout(x: AlertSummary): AlertSummaryReadout {
  const seconds = (minutes: number) => (x.canFire ? minutes * 60 : null);
  return {
    threshold: {
      text: x.canFire ? `> ${formatPercent(x.thresholdErrorRate, 3)}` : 'never (100% or more)',
      value: x.thresholdErrorRate,
    },
    spent: { text: formatPercent(x.budgetSpentAtFire, 2), value: x.budgetSpentAtFire },
    detect: {
      text: x.canFire ? formatDuration(x.detectionMinutesAtFullOutage * 60) : 'never',
      value: seconds(x.detectionMinutesAtFullOutage),
    },
    reset: {
      text: x.canFire ? formatDuration(x.resetMinutesAtFullOutage * 60) : '—',
      value: seconds(x.resetMinutesAtFullOutage),
    },
  };
}
