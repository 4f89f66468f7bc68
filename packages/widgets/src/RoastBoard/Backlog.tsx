import { ColumnHeads } from '../shared/ColumnHeads';
import { MetricReadout } from '../shared/MetricReadout';
import { metricAttributes } from '../shared/metric-attributes';
import { ScrollRegion } from '../shared/ScrollRegion';
import { type BacklogItem, backlog } from './risk';
import type { Board } from './schema';

export interface BacklogProps {
  /** The board. */
  board: Board;
}

/** One backlog row; the row itself carries the failure mode's id as its `data-value`. */
function BacklogRow({ item }: { item: BacklogItem }) {
  const f = item.failure;
  return (
    <tr {...metricAttributes(`rb-backlog-${item.rank}`, f.id)}>
      <td>{item.rank}</td>
      <td>{item.priority}</td>
      <td>{item.score}</td>
      <td>{item.element}</td>
      <td>{f.mode}</td>
      <td>{f.owner || '—'}</td>
      <td>{f.mitigation || '—'}</td>
      <td>{f.status}</td>
    </tr>
  );
}

/** Phase 3: the ranked reliability backlog (open and in-progress failure modes). */
export function Backlog({ board }: BacklogProps) {
  const items = backlog(board);
  return (
    <ScrollRegion label="Reliability backlog table">
      <table>
        <caption>
          Reliability backlog:{' '}
          <MetricReadout name="rb-backlog-count" value={items.length}>
            {items.length}
          </MetricReadout>{' '}
          items, highest risk first
        </caption>
        <ColumnHeads
          columns={['Rank', 'Priority', 'Score', 'Element', 'Failure mode', 'Owner', 'Mitigation', 'Status']}
        />
        <tbody>
          {items.map((item) => (
            <BacklogRow key={item.failure.id} item={item} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
