import { ColumnHeads } from '../shared/ColumnHeads';
import { formatNumber } from '../shared/format';
import { MetricReadout } from '../shared/MetricReadout';
import type { RaceRow } from './model';

export interface RaceTableProps {
  /** One row per protocol, from `race()`. */
  rows: readonly RaceRow[];
  /** Loss in percent, for the caption. */
  loss: number;
  /** Simulated connections per protocol, for the caption. */
  trials: number;
}

const ms = (v: number) => formatNumber(v, 4);

/** Time to first byte per protocol: without loss, expected with loss, and simulated percentiles, with bars. */
export function RaceTable({ rows, loss, trials }: RaceTableProps) {
  const longest = Math.max(1, ...rows.map((r) => r.expected));
  return (
    // Six columns do not fit 360 px: the table scrolls inside a labelled region that keyboard
    // users can focus and scroll (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard
    <section class="cn-hr-results" aria-label="Time to first byte table" tabIndex={0}>
      <table>
        <caption>
          Time to first byte in ms at {formatNumber(loss)} % loss per flight; median and 95th percentile (p95) from{' '}
          {trials} seeded simulated connections per protocol
        </caption>
        <ColumnHeads
          columns={['Handshake', <abbr title="round trips">RTTs</abbr>, 'No loss', 'Expected', 'Median', 'p95']}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.protocol.id}>
              <th scope="row">
                {r.protocol.name}
                <span class="cn-hr-bar" aria-hidden="true">
                  <span class="cn-hr-bar-fill" style={{ width: `${(100 * r.expected) / longest}%` }} />
                </span>
              </th>
              <MetricReadout as="td" name={`hr-${r.protocol.id}-rtts`} value={r.roundTrips}>
                {r.roundTrips}
              </MetricReadout>
              <MetricReadout as="td" name={`hr-${r.protocol.id}-ideal`} value={r.ideal}>
                {ms(r.ideal)}
              </MetricReadout>
              <MetricReadout as="td" name={`hr-${r.protocol.id}-expected`} value={r.expected}>
                {ms(r.expected)}
              </MetricReadout>
              <MetricReadout as="td" name={`hr-${r.protocol.id}-p50`} value={r.p50}>
                {ms(r.p50)}
              </MetricReadout>
              <MetricReadout as="td" name={`hr-${r.protocol.id}-p95`} value={r.p95}>
                {ms(r.p95)}
              </MetricReadout>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
