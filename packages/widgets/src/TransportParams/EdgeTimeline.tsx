import { ColumnHeads } from '../shared/ColumnHeads';
import { formatNumber } from '../shared/format';
import { MetricReadout } from '../shared/MetricReadout';
import { EDGE_TRACE_END_MS, edgeRetransmitTimesMs } from './config';
import { gaps } from './model';

const WIDTH = 320;
const LOG_MIN = 1; // 10 ms
const LOG_MAX = Math.log10(EDGE_TRACE_END_MS * 1.2);
const x = (ms: number) => 24 + ((Math.log10(ms) - LOG_MIN) / (LOG_MAX - LOG_MIN)) * (WIDTH - 48);

/** Scenario C's client retransmissions: a log-scale strip (decorative) and the same times as a table. */
export function EdgeTimeline() {
  const gapList = gaps(edgeRetransmitTimesMs);
  return (
    <div class="cn-tp-timeline">
      <svg viewBox={`0 0 ${WIDTH} 44`} width="100%" aria-hidden="true" focusable="false">
        <line x1="16" x2={WIDTH - 16} y1="20" y2="20" class="cn-tp-axis" />
        {[10, 100, 1000, 10_000].map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1="16" y2="24" class="cn-tp-axis" />
            <text x={x(t)} y="38" text-anchor="middle" class="cn-tp-tick">
              {t >= 1000 ? `${t / 1000} s` : `${t} ms`}
            </text>
          </g>
        ))}
        {edgeRetransmitTimesMs.map((t) => (
          <circle key={t} cx={x(t)} cy="20" r="4" class="cn-tp-dot" />
        ))}
      </svg>
      <div class="cn-tp-scroll">
        <table>
          <caption>Client sends with no answer from the edge (scenario C, client qlog), log-scale strip above</caption>
          <ColumnHeads columns={['#', 'Sent at (ms)', 'Gap since previous (ms)']} />
          <tbody>
            {edgeRetransmitTimesMs.map((t, i) => (
              <tr key={t}>
                <th scope="row">{i + 1}</th>
                <MetricReadout as="td" name={`tp-retransmit-${i + 1}`} value={t}>
                  {formatNumber(t, 6)}
                </MetricReadout>
                <td>{formatNumber(gapList[i] ?? 0, 6)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
