import { useMemo } from 'preact/hooks';
import { ColumnHeads } from '../shared/ColumnHeads';
import { MetricReadout } from '../shared/MetricReadout';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { CaretView } from './CaretView';
import { ALT_SVC_EXAMPLES } from './examples';
import { explainHeader, formatMaxAge, protocolMeaning } from './explain';
import { parseAltSvc } from './parse';
import { ALT_SVC_PREFIX, altSvcSpec, MAX_HEADER_LENGTH } from './state';

export interface AltSvcParserProps {
  /** Element id and URL anchor. Default: "alt-svc-parser". */
  id?: string;
  /** Visible title. Default: "Alt-Svc header parser". */
  title?: string;
}

/** Paste an Alt-Svc header: parsed alternatives, errors pointing at the character, and what a browser would do. */
export function AltSvcParser({ id = 'alt-svc-parser', title = 'Alt-Svc header parser' }: AltSvcParserProps) {
  const { state, setState, notices, link } = useUrlState(altSvcSpec, ALT_SVC_PREFIX, id);
  const result = useMemo(() => parseAltSvc(state.header), [state.header]);
  const inputId = `${id}-header`;
  const exampleIndex = ALT_SVC_EXAMPLES.findIndex((e) => e.header === state.header);

  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="How a client reads an alt-svc response header (RFC 7838): which alternatives it learns, for how long, and where the header is malformed."
      notices={notices}
      link={link}
    >
      <div class="as-controls">
        <label>
          Load an example
          <select
            value={exampleIndex >= 0 ? String(exampleIndex) : ''}
            onChange={(e) => {
              const pick = ALT_SVC_EXAMPLES[Number(e.currentTarget.value)];
              if (pick) setState({ header: pick.header });
            }}
          >
            {exampleIndex < 0 && <option value="">Your header</option>}
            {ALT_SVC_EXAMPLES.map((ex, i) => (
              <option key={ex.header} value={String(i)}>
                {ex.label}
              </option>
            ))}
          </select>
        </label>
        <label for={inputId}>Alt-Svc header value (a leading "Alt-Svc:" is fine)</label>
        <textarea
          id={inputId}
          rows={2}
          maxLength={MAX_HEADER_LENGTH}
          spellcheck={false}
          value={state.header}
          onInput={(e) => setState({ header: e.currentTarget.value.replace(/[\r\n]+/g, ' ') })}
        />
      </div>
      <p class="as-counts">
        <MetricReadout name="as-alternatives" value={result.alternatives.length}>
          {result.alternatives.length} alternative{result.alternatives.length === 1 ? '' : 's'}
        </MetricReadout>
        {', '}
        <MetricReadout name="as-errors" value={result.errors.length}>
          {result.errors.length} error{result.errors.length === 1 ? '' : 's'}
        </MetricReadout>
        {result.clear && (
          <MetricReadout name="as-clear" value="1">
            , clear
          </MetricReadout>
        )}
      </p>
      {result.errors.length > 0 && (
        <div role="alert" class="cn-notice cn-notice-error">
          {result.errors.slice(0, 5).map((error) => (
            <CaretView key={`${error.column}-${error.message}`} header={state.header} error={error} />
          ))}
          {result.errors.length > 5 && <p>…and {result.errors.length - 5} more.</p>}
        </div>
      )}
      {result.alternatives.length > 0 && (
        <div class="as-table-wrap">
          <table class="as-table">
            <caption>Parsed alternatives, in the server's order of preference</caption>
            <ColumnHeads columns={['Protocol id', 'Host', 'Port', 'ma', 'persist', 'Other parameters']} />
            <tbody>
              {result.alternatives.map((alt, i) => (
                <tr key={`${alt.column}`}>
                  <td title={protocolMeaning(alt.protocolId)}>
                    <code>{alt.protocolId}</code>
                    {alt.rawProtocolId !== alt.protocolId && <> (written {alt.rawProtocolId})</>}
                  </td>
                  <td>{alt.host === '' ? 'same host' : alt.host}</td>
                  <MetricReadout as="td" name={`as-port-${i}`} value={alt.port}>
                    {alt.port}
                  </MetricReadout>
                  <MetricReadout as="td" name={`as-ma-${i}`} value={alt.maxAge}>
                    {formatMaxAge(alt.maxAge)}
                    {alt.maxAgeGiven ? '' : ' default'}
                  </MetricReadout>
                  <td>{alt.persist ? 'yes' : 'no'}</td>
                  <td>
                    {alt.params
                      .filter((p) => p.name !== 'ma' && p.name !== 'persist')
                      .map((p) => `${p.name}=${p.value}`)
                      .join('; ') || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h4 class="as-subhead">What a browser would do</h4>
      <ul class="as-explain">
        {explainHeader(result).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </WidgetFrame>
  );
}
