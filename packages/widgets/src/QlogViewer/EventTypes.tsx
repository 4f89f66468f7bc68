import { ColumnHeads } from '../shared/ColumnHeads';
import { MetricReadout } from '../shared/MetricReadout';
import type { EventCount } from './event-counts';

export interface EventTypesProps {
  /** Event counts from {@link eventCounts}. */
  counts: readonly EventCount[];
}

/** A collapsible table of every event type in the trace(s), including those the ladder does not draw. */
export function EventTypes({ counts }: EventTypesProps) {
  return (
    <details class="qv-events">
      <summary>
        All event types in the trace:{' '}
        <MetricReadout name="qv-event-types" value={counts.length}>
          {counts.length}
        </MetricReadout>
      </summary>
      <table class="qv-table">
        <caption>Events per type and endpoint</caption>
        <ColumnHeads columns={['Event', 'Client', 'Server', 'Unknown']} />
        <tbody>
          {counts.map((c) => (
            <tr key={c.name}>
              <th scope="row">{c.name}</th>
              <td>{c.client}</td>
              <td>{c.server}</td>
              <td>{c.unknown}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
