import { MetricReadout } from '../shared/MetricReadout';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { EdgeTimeline } from './EdgeTimeline';
import { explain } from './explain';
import { LimitSlider } from './LimitSlider';
import { playground } from './model';
import { SidePlanList } from './SidePlanList';
import { TRANSPORT_PARAMS_PREFIX, transportParamsSpec } from './state';

export interface TransportParamsProps {
  /** Element id and URL anchor. Default: "transport-params". */
  id?: string;
}

/** initial_max_streams_uni for each side → which HTTP/3 uni streams open, and what the repository's traces show. */
export function TransportParams({ id = 'transport-params' }: TransportParamsProps) {
  const { state, setState, notices, link } = useUrlState(transportParamsSpec, TRANSPORT_PARAMS_PREFIX, id);
  const result = playground(state.c, state.s, state.peer);
  const text = explain(result, state.peer);
  return (
    <WidgetFrame
      id={id}
      title="Transport-parameter playground"
      intro="Each side's initial_max_streams_uni caps how many unidirectional streams the other side may open. HTTP/3 needs three per side before the first request."
      notices={notices}
      link={link}
    >
      <div class="cn-tp-controls">
        <LimitSlider
          inputId={`${id}-c`}
          label="Client's initial_max_streams_uni"
          hint="streams the server may open"
          value={state.c}
          onChange={(c) => setState({ c })}
        />
        <LimitSlider
          inputId={`${id}-s`}
          label="Server's initial_max_streams_uni"
          hint="streams the client may open"
          value={state.s}
          onChange={(s) => setState({ s })}
        />
        <fieldset class="cn-tp-peer">
          <legend>Peer behaviour (the server)</legend>
          {(
            [
              ['quiche', 'Local quiche-server (scenarios A, B)'],
              ['edge', 'Production edge as traced (scenario C)'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-peer`}
                value={value}
                checked={state.peer === value}
                onChange={() => setState({ peer: value })}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      </div>
      <div class="cn-tp-sides">
        <SidePlanList plan={result.client} />
        <SidePlanList plan={result.server} />
      </div>
      <div class={`cn-tp-outcome cn-tp-${result.outcome}`} aria-live="polite">
        <p>
          <MetricReadout as="strong" name="tp-outcome" value={result.outcome}>
            {text.headline}
          </MetricReadout>
          {result.scenario && (
            <MetricReadout name="tp-scenario" value={result.scenario}>
              {' '}
              (scenario {result.scenario})
            </MetricReadout>
          )}
        </p>
        {text.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {result.outcome === 'stall' && <EdgeTimeline />}
    </WidgetFrame>
  );
}
