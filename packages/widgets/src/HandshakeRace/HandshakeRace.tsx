import { useMemo, useState } from 'preact/hooks';
import { formatNumber } from '../shared/format';
import { Notices } from '../shared/Notices';
import { RangeSlider } from '../shared/RangeSlider';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { assumptions, type ProtocolId, protocols } from './config';
import { Ladder } from './Ladder';
import { RaceTable } from './RaceTable';
import { raceRows } from './race-rows';
import { HANDSHAKE_RACE_PREFIX, handshakeRaceSpec, TRIALS } from './state';

export interface HandshakeRaceProps {
  /** Element id and URL anchor. Default: "handshake-race". */
  id?: string;
}

/** TCP + TLS 1.2 / 1.3 vs QUIC 1-RTT / 0-RTT: round trips to the first response byte, with loss. */
export function HandshakeRace({ id = 'handshake-race' }: HandshakeRaceProps) {
  const { state, setState, notices, link } = useUrlState(handshakeRaceSpec, HANDSHAKE_RACE_PREFIX, id);
  const [replay, setReplay] = useState(0);
  const [seedError, setSeedError] = useState<string | null>(null);
  const rows = useMemo(() => raceRows(state.rtt, state.loss, state.seed), [state.rtt, state.loss, state.seed]);
  const shown = protocols.find((p) => p.id === state.ladder) ?? protocols[2];
  return (
    <WidgetFrame
      id={id}
      title="Handshake race"
      intro="How many round trips each handshake needs before the first byte of the response arrives, and what packet loss adds."
      notices={notices}
      link={link}
    >
      <div class="cn-hr-controls">
        <RangeSlider
          id={`${id}-rtt`}
          label="Round-trip time"
          value={state.rtt}
          min={1}
          max={600}
          valueText={`${state.rtt} ms`}
          onChange={(rtt) => setState({ rtt })}
        />
        <RangeSlider
          id={`${id}-loss`}
          label="Packet loss per flight"
          value={state.loss}
          min={0}
          max={20}
          step={0.5}
          valueText={`${formatNumber(state.loss)} %`}
          onChange={(loss) => setState({ loss })}
        />
        <div class="cn-hr-seed">
          <label for={`${id}-seed`}>Simulation seed</label>
          <input
            id={`${id}-seed`}
            type="number"
            min={1}
            max={9999}
            step={1}
            value={state.seed}
            aria-invalid={seedError !== null}
            onChange={(e) => {
              const raw = e.currentTarget.value;
              const seed = Number(raw);
              if (raw.trim() !== '' && Number.isInteger(seed) && seed >= 1 && seed <= 9999) {
                setSeedError(null);
                setState({ seed });
              } else {
                setSeedError(
                  `The seed must be a whole number from 1 to 9999 (got "${raw.slice(0, 20)}"); seed ${state.seed} is kept.`,
                );
                e.currentTarget.value = String(state.seed);
              }
            }}
          />
        </div>
      </div>
      <Notices errors={seedError ? [seedError] : []} />
      <RaceTable rows={rows} loss={state.loss} trials={TRIALS} />
      <div class="cn-hr-ladder-controls">
        <label for={`${id}-ladder`}>Ladder diagram for</label>
        <select
          id={`${id}-ladder`}
          value={state.ladder}
          onChange={(e) => setState({ ladder: e.currentTarget.value as ProtocolId })}
        >
          {protocols.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="button" class="cn-button" onClick={() => setReplay((n) => n + 1)}>
          Replay
        </button>
      </div>
      {shown && <Ladder protocol={shown} rttMs={state.rtt} replay={replay} />}
      <details class="cn-hr-assumptions" open>
        <summary>What the model assumes</summary>
        <ul>
          {assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
    </WidgetFrame>
  );
}
