import { QuicIntegerInput } from '../shared/QuicIntegerInput';
import { useIntegerField } from '../shared/useIntegerField';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { talkStreams } from './config';
import { StreamIdResult } from './StreamIdResult';
import { STREAM_ID_PREFIX, streamIdSpec } from './state';

export interface StreamIdDecoderProps {
  /** Element id and URL anchor. Default: "stream-id-decoder". */
  id?: string;
}

/** Decodes a QUIC stream ID into initiator, direction and sequence number; the talk's IDs are one click away. */
export function StreamIdDecoder({ id = 'stream-id-decoder' }: StreamIdDecoderProps) {
  const { state, setState, notices, link } = useUrlState(streamIdSpec, STREAM_ID_PREFIX, id);
  const field = useIntegerField(state.id, (text) => setState({ id: text }), 'A stream ID', 7n);
  const allNotices = field.storedError ? [...notices, field.storedError] : notices;
  return (
    <WidgetFrame
      id={id}
      title="Stream-ID decoder"
      intro="The two lowest bits of a QUIC stream ID say who opened the stream and whether data flows both ways; the rest counts streams of that type."
      notices={allNotices}
      link={link}
    >
      <QuicIntegerInput
        id={`${id}-input`}
        label="Stream ID"
        hint="Decimal (14) or hexadecimal with 0x (0xe), from 0 to 2^62 − 1."
        field={field}
      />
      <StreamIdResult id={field.value} />
      <fieldset class="cn-qi-presets">
        <legend>Stream IDs from the talk's trace</legend>
        {talkStreams.map((s) => (
          <button
            key={String(s.id)}
            type="button"
            class="cn-button"
            aria-pressed={field.value === s.id && field.error === null}
            onClick={() => field.choose(String(s.id))}
          >
            {String(s.id)}
          </button>
        ))}
      </fieldset>
    </WidgetFrame>
  );
}
