import { formatNumber } from '../shared/format';
import { MetricReadout } from '../shared/MetricReadout';
import { RangeSlider } from '../shared/RangeSlider';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { holAssumptions } from './assumptions';
import { HolChart } from './HolChart';
import { HolTables } from './HolTables';
import { HOL_PREFIX, HOL_TRIALS, holSpec } from './state';
import { useHolSimulation } from './useHolSimulation';

export interface HolBlockingProps {
  /** Element id and URL anchor. Default: "hol-blocking". */
  id?: string;
}

/** Seeded simulation of per-stream completion times: HTTP/2 over TCP vs HTTP/3 over QUIC under packet loss. */
export function HolBlocking({ id = 'hol-blocking' }: HolBlockingProps) {
  const { state, setState, notices, link } = useUrlState(holSpec, HOL_PREFIX, id);
  const { result, pending } = useHolSimulation({
    streams: state.n,
    loss: state.loss / 100,
    rttMs: state.rtt,
    mbps: state.bw,
    trials: HOL_TRIALS,
    seed: state.seed,
  });
  return (
    <WidgetFrame
      id={id}
      title="Head-of-line blocking"
      intro="Several responses share one connection. Over TCP a lost packet holds back every stream's later bytes; over QUIC only the stream it belonged to waits."
      notices={notices}
      link={link}
    >
      <div class="cn-hol-controls">
        <RangeSlider
          id={`${id}-n`}
          label="Streams"
          value={state.n}
          min={1}
          max={32}
          valueText={`${state.n}`}
          onChange={(n) => setState({ n })}
        />
        <RangeSlider
          id={`${id}-loss`}
          label="Packet loss"
          value={state.loss}
          min={0}
          max={10}
          step={0.5}
          valueText={`${formatNumber(state.loss)} %`}
          onChange={(loss) => setState({ loss })}
        />
        <RangeSlider
          id={`${id}-rtt`}
          label="Round-trip time"
          value={state.rtt}
          min={10}
          max={400}
          step={10}
          valueText={`${state.rtt} ms`}
          onChange={(rtt) => setState({ rtt })}
        />
        <RangeSlider
          id={`${id}-bw`}
          label="Bandwidth"
          value={state.bw}
          min={1}
          max={100}
          valueText={`${state.bw} Mbit/s`}
          onChange={(bw) => setState({ bw })}
        />
        <RangeSlider
          id={`${id}-seed`}
          label="Seed"
          value={state.seed}
          min={1}
          max={50}
          valueText={`${state.seed}`}
          onChange={(seed) => setState({ seed })}
        />
      </div>
      <p class="cn-hol-summary" aria-live="polite" aria-busy={pending}>
        Over TCP,{' '}
        <MetricReadout as="strong" name="hol-share-blocked" value={result.shareBlocked}>
          {formatNumber(result.shareBlocked * 100)} %
        </MetricReadout>{' '}
        of streams finished later than over QUIC, on average by{' '}
        <MetricReadout as="strong" name="hol-mean-blocked" value={result.meanBlocked}>
          {formatNumber(result.meanBlocked)} ms
        </MetricReadout>{' '}
        per stream ({HOL_TRIALS} simulated page loads of {state.n} responses).
      </p>
      <HolTables result={result} />
      <HolChart result={result} />
      <details class="cn-hol-assumptions" open>
        <summary>What the model assumes</summary>
        <ul>
          {holAssumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
    </WidgetFrame>
  );
}
