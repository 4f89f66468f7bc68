import { TextField } from '../shared/TextField';
import { sliRemoved, sliRenamed } from './journey-edit';
import { JOURNEY_LIMITS, type Journey } from './journeys';

export interface SliListProps {
  /** Id of the journey's fieldset, e.g. "slo-planner-j0". */
  jid: string;
  /** The journey. */
  journey: Journey;
  /** Its number, 1-based. */
  n: number;
  /** Applies a patch to this journey. */
  update: (patch: Partial<Journey>) => void;
}

/** The journey's SLIs: rename or remove each. */
export function SliList({ jid, journey, n, update }: SliListProps) {
  return (
    <ul class="cn-sli-list">
      {journey.slis.map((s, k) => (
        <li key={`${jid}-sli${String(k)}`}>
          <TextField
            id={`${jid}-sli${k}`}
            label={`SLI ${k + 1}`}
            value={s.name}
            maxLength={JOURNEY_LIMITS.text}
            onInput={(name) => update(sliRenamed(journey, k, name))}
          />
          <button type="button" class="cn-button" onClick={() => update(sliRemoved(journey, k))}>
            Remove SLI {k + 1}
            <span class="sr-only"> of journey {n}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
