import { QuicIntegerInput } from '../shared/QuicIntegerInput';
import { useIntegerField } from '../shared/useIntegerField';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { GreaseResultView } from './GreaseResultView';
import { GREASE_PREFIX, greaseSpec } from './state';
import { TraceGreaseTable } from './TraceGreaseTable';

export interface GreaseCheckerProps {
  /** Element id and URL anchor. Default: "grease-checker". */
  id?: string;
}

/** Checks whether an HTTP/3 identifier is a reserved GREASE value, and lists the ones in the talk's traces. */
export function GreaseChecker({ id = 'grease-checker' }: GreaseCheckerProps) {
  const { state, setState, notices, link } = useUrlState(greaseSpec, GREASE_PREFIX, id);
  const field = useIntegerField(state.v, (text) => setState({ v: text }), 'An identifier', 0x40n);
  const allNotices = field.storedError ? [...notices, field.storedError] : notices;
  return (
    <WidgetFrame
      id={id}
      title="GREASE checker"
      intro="HTTP/3 reserves stream types, frame types, settings and error codes of the form 0x1f · N + 0x21 so that receivers learn to ignore unknown values."
      notices={allNotices}
      link={link}
    >
      <QuicIntegerInput
        id={`${id}-input`}
        label="Identifier (stream type, frame type, setting or error code)"
        hint="Decimal or hexadecimal with 0x, from 0 to 2^62 − 1."
        field={field}
      />
      <GreaseResultView value={field.value} />
      <TraceGreaseTable current={field.error === null ? field.value : null} onChoose={field.choose} />
    </WidgetFrame>
  );
}
