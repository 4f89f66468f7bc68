import { formatPercent } from '../shared/format';
import { SERVICE } from './config';

/** The simulation's assumptions, stated on screen (numbers straight from the config). */
export function Assumptions() {
  return (
    <details class="sfs-assumptions">
      <summary>The model's assumptions</summary>
      <ul>
        <li>
          {SERVICE.requestsPerHour.toLocaleString('en-GB')} requests an hour, {formatPercent(SERVICE.fraudRate)} of them
          fraud; one feature (log of seconds since the last login) drives the score; requests scoring ≥{' '}
          {SERVICE.threshold} are blocked.
        </li>
        <li>
          Golden signals alert at ≥ {formatPercent(SERVICE.errorRateAlert)} errors or p99 latency ≥{' '}
          {SERVICE.latencyAlertMs} ms.
        </li>
        <li>
          Prio 1: {formatPercent(SERVICE.holdout, 0)} of blocked requests are let through and labelled{' '}
          {SERVICE.labelDelayHours} h later; the last {SERVICE.outcomeWindowHours} h of labels are compared with a
          reference day (two-proportion z-tests on holdout precision and on the share of fraud missed, alert at p ≤{' '}
          {SERVICE.outcomeAlpha}).
        </li>
        <li>
          Prio 2 and 3: each hour's scores (with empty responses) and inputs are compared with the reference day by the
          stats package's drift report with sample-size-aware thresholds; Prio 2 alerts on PSI or the empty share, Prio
          3 on PSI.
        </li>
        <li>
          Seeded: the same seed gives the same 48 hours. Real services have daily cycles, label delays of weeks and many
          features; this keeps one of each.
        </li>
      </ul>
    </details>
  );
}
