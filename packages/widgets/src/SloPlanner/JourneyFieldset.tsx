import { MetricReadout } from '../shared/MetricReadout';
import { NumberField } from '../shared/NumberField';
import { TextField } from '../shared/TextField';
import { sliAdded, sloToggled } from './journey-edit';
import { journeyBudgetMinutes, journeyBudgetText } from './journey-readout';
import { JOURNEY_LIMITS, type Journey } from './journeys';
import { SliList } from './SliList';

export interface JourneyFieldsetProps {
  /** Id prefix of the widget. */
  id: string;
  /** The journey. */
  journey: Journey;
  /** Its index in the list, 0-based. */
  index: number;
  /** Minutes in the planner's SLO window (for the journey's budget). */
  windowMinutes: number;
  /** Applies a patch to this journey. */
  update: (patch: Partial<Journey>) => void;
  /** Removes this journey. */
  remove: () => void;
}

/** One journey: feature, name, its SLO (if any) and budget, its SLIs, and its actions. */
export function JourneyFieldset({ id, journey: j, index, windowMinutes, update, remove }: JourneyFieldsetProps) {
  const jid = `${id}-j${index}`;
  const n = index + 1;
  const minutes = journeyBudgetMinutes(j, windowMinutes);
  const text = (key: 'feature' | 'name', label: string) => (
    <TextField
      id={`${jid}-${key}`}
      label={label}
      value={j[key]}
      maxLength={JOURNEY_LIMITS.text}
      onInput={(v) => update({ [key]: v })}
    />
  );
  return (
    <fieldset class="cn-fieldset">
      <legend>
        Journey {n}
        {j.name.trim() ? `: ${j.name}` : ''}
      </legend>
      <div class="cn-fields">
        {text('feature', 'Feature')}
        {text('name', 'User journey')}
        <div class="cn-field">
          <label>
            <input
              type="checkbox"
              checked={j.sloPercent !== null}
              onChange={(e) => update(sloToggled(e.currentTarget.checked))}
            />{' '}
            Has an SLO
          </label>
        </div>
        {j.sloPercent !== null && (
          <NumberField
            id={`${jid}-slo`}
            label={`Journey ${n} SLO target`}
            unit="%"
            value={j.sloPercent}
            min={50}
            max={99.999}
            step={0.01}
            onChange={(sloPercent) => update({ sloPercent })}
          />
        )}
      </div>
      <MetricReadout as="p" name={`slo-journey-${n}-minutes`} value={minutes}>
        {journeyBudgetText(minutes, windowMinutes)}
      </MetricReadout>
      <SliList jid={jid} journey={j} n={n} update={update} />
      <div class="cn-row-actions">
        <button
          type="button"
          class="cn-button"
          disabled={j.slis.length >= JOURNEY_LIMITS.slis}
          onClick={() => update(sliAdded(j))}
        >
          Add an SLI<span class="sr-only"> to journey {n}</span>
        </button>
        <button type="button" class="cn-button" onClick={remove}>
          Remove journey {n}
        </button>
      </div>
    </fieldset>
  );
}
