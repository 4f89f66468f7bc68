import { ColumnHeads } from '../shared/ColumnHeads';
import { MetricReadout, MetricTerm } from '../shared/MetricReadout';
import { talkRole, talkStreams } from './config';
import { decodeStreamId, lowBitsBinary } from './model';

export interface StreamIdResultProps {
  /** The stream ID to explain (0 ≤ id ≤ 2^62 − 1). */
  id: bigint;
}

/** The decoded fields of one stream ID, then the talk's streams as a table. */
export function StreamIdResult({ id }: StreamIdResultProps) {
  const info = decodeStreamId(id);
  const role = talkRole(id);
  return (
    <>
      <MetricReadout as="p" class="cn-qi-summary" aria-live="polite" name="sid-summary" value={info.summary}>
        Stream {String(id)} is <strong>{info.summary}</strong>.
      </MetricReadout>
      <dl class="cn-qi-facts">
        <MetricTerm label="Low two bits (ID mod 4)" name="sid-low-bits" value={info.lowBits}>
          {lowBitsBinary(info.lowBits)} (= {info.lowBits})
        </MetricTerm>
        <MetricTerm label="Opened by" name="sid-initiator" value={info.initiator}>
          {info.initiator}
        </MetricTerm>
        <MetricTerm label="Direction" name="sid-direction" value={info.direction}>
          {info.direction}
        </MetricTerm>
        <MetricTerm label="Sequence number (ID >> 2)" name="sid-sequence" value={info.sequence}>
          {String(info.sequence)}
        </MetricTerm>
        <MetricTerm label="In the talk's good exchange" name="sid-role" value={role ?? ''}>
          {role ?? 'not opened in that trace'}
        </MetricTerm>
      </dl>
      <div class="cn-qi-scroll">
        <table>
          <caption>Streams opened in the follow-along repository's good exchange (scenario A)</caption>
          <ColumnHeads columns={['ID', 'Bits', 'Opened by', 'Seq.', 'Role']} />
          <tbody>
            {talkStreams.map((s) => {
              const d = decodeStreamId(s.id);
              return (
                <tr key={String(s.id)}>
                  <th scope="row">{String(s.id)}</th>
                  <td>{lowBitsBinary(d.lowBits)}</td>
                  <td>
                    {d.initiator}, {d.direction === 'bidirectional' ? 'bidi' : 'uni'}
                  </td>
                  <td>{String(d.sequence)}</td>
                  <td>{s.role}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
