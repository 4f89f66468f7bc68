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
      <p class="cn-qi-summary" aria-live="polite" data-metric="sid-summary" data-value={info.summary}>
        Stream {String(id)} is <strong>{info.summary}</strong>.
      </p>
      <dl class="cn-qi-facts">
        <dt>Low two bits (ID mod 4)</dt>
        <dd data-metric="sid-low-bits" data-value={String(info.lowBits)}>
          {lowBitsBinary(info.lowBits)} (= {info.lowBits})
        </dd>
        <dt>Opened by</dt>
        <dd data-metric="sid-initiator" data-value={info.initiator}>
          {info.initiator}
        </dd>
        <dt>Direction</dt>
        <dd data-metric="sid-direction" data-value={info.direction}>
          {info.direction}
        </dd>
        <dt>Sequence number (ID &gt;&gt; 2)</dt>
        <dd data-metric="sid-sequence" data-value={String(info.sequence)}>
          {String(info.sequence)}
        </dd>
        <dt>In the talk's good exchange</dt>
        <dd data-metric="sid-role" data-value={role ?? ''}>
          {role ?? 'not opened in that trace'}
        </dd>
      </dl>
      <div class="cn-qi-scroll">
        <table>
          <caption>Streams opened in the follow-along repository's good exchange (scenario A)</caption>
          <thead>
            <tr>
              <th scope="col">ID</th>
              <th scope="col">Bits</th>
              <th scope="col">Opened by</th>
              <th scope="col">Seq.</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
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
