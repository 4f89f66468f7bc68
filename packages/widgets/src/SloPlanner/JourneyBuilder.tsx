import { formatNumber } from '../shared/format';
import { Notices } from '../shared/Notices';
import { NumberField } from '../shared/NumberField';
import { JOURNEY_LIMITS, type Journey, validateJourneys } from './journeys';
import type { ErrorBudget } from './model';
import type { JourneysHandle } from './useJourneys';

export interface JourneyBuilderProps {
  /** Id prefix of the widget. */
  id: string;
  /** The journey list and its setter. */
  journeys: JourneysHandle;
  /** The planner's budget (its window is used for each journey's budget minutes). */
  budget: ErrorBudget;
}

/** Service → features → user journeys, each with exactly one SLO and one or more SLIs. */
export function JourneyBuilder({ id, journeys: handle, budget }: JourneyBuilderProps) {
  const { journeys, setJourneys } = handle;
  const problems = validateJourneys(journeys);
  const update = (i: number, patch: Partial<Journey>) =>
    setJourneys(journeys.map((j, k) => (k === i ? { ...j, ...patch } : j)));
  const textInput = (fid: string, label: string, value: string, onInput: (v: string) => void) => (
    <div class="cn-field">
      <label for={fid}>{label}</label>
      <input
        id={fid}
        type="text"
        maxLength={JOURNEY_LIMITS.text}
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );

  return (
    <>
      <h4>User journeys → SLOs → SLIs</h4>
      <p>
        The talk's unified model: a service has features, a feature has user journeys, each journey has exactly one SLO,
        and an SLO is measured by one or more SLIs.
      </p>
      <p data-metric="slo-journey-problems" data-value={String(problems.length)}>
        {problems.length === 0
          ? 'Every journey has one SLO and at least one SLI.'
          : `${problems.length} problem(s) to fix:`}
      </p>
      <Notices errors={problems} />
      {journeys.map((j, i) => {
        const jid = `${id}-j${i}`;
        const minutes = j.sloPercent === null ? null : (1 - j.sloPercent / 100) * budget.windowMinutes;
        return (
          <fieldset class="cn-fieldset" key={jid}>
            <legend>
              Journey {i + 1}
              {j.name.trim() ? `: ${j.name}` : ''}
            </legend>
            <div class="cn-fields">
              {textInput(`${jid}-feature`, 'Feature', j.feature, (feature) => update(i, { feature }))}
              {textInput(`${jid}-name`, 'User journey', j.name, (name) => update(i, { name }))}
              <div class="cn-field">
                <label>
                  <input
                    type="checkbox"
                    checked={j.sloPercent !== null}
                    onChange={(e) =>
                      update(i, { sloPercent: (e.currentTarget as HTMLInputElement).checked ? 99.9 : null })
                    }
                  />{' '}
                  Has an SLO
                </label>
              </div>
              {j.sloPercent !== null && (
                <NumberField
                  id={`${jid}-slo`}
                  label={`Journey ${i + 1} SLO target`}
                  unit="%"
                  value={j.sloPercent}
                  min={50}
                  max={99.999}
                  step={0.01}
                  onChange={(sloPercent) => update(i, { sloPercent })}
                />
              )}
            </div>
            <p data-metric={`slo-journey-${i + 1}-minutes`} data-value={minutes === null ? '' : String(minutes)}>
              {minutes === null
                ? 'No SLO yet, so no error budget.'
                : `Error budget: ${formatNumber(minutes, 4)} min per ${budget.windowMinutes / 1440} days.`}
            </p>
            <ul class="cn-sli-list">
              {j.slis.map((s, k) => (
                <li key={`${jid}-sli${String(k)}`}>
                  {textInput(`${jid}-sli${k}`, `SLI ${k + 1}`, s.name, (name) =>
                    update(i, { slis: j.slis.map((x, m) => (m === k ? { name } : x)) }),
                  )}
                  <button
                    type="button"
                    class="cn-button"
                    onClick={() => update(i, { slis: j.slis.filter((_, m) => m !== k) })}
                  >
                    Remove SLI {k + 1}
                    <span class="sr-only"> of journey {i + 1}</span>
                  </button>
                </li>
              ))}
            </ul>
            <div class="cn-row-actions">
              <button
                type="button"
                class="cn-button"
                disabled={j.slis.length >= JOURNEY_LIMITS.slis}
                onClick={() => update(i, { slis: [...j.slis, { name: '' }] })}
              >
                Add an SLI<span class="sr-only"> to journey {i + 1}</span>
              </button>
              <button type="button" class="cn-button" onClick={() => setJourneys(journeys.filter((_, k) => k !== i))}>
                Remove journey {i + 1}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div class="cn-row-actions">
        <button
          type="button"
          class="cn-button"
          disabled={journeys.length >= JOURNEY_LIMITS.journeys}
          onClick={() => setJourneys([...journeys, { feature: '', name: '', sloPercent: null, slis: [] }])}
        >
          Add a user journey
        </button>
      </div>
    </>
  );
}
