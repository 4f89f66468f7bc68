import { MetricReadout } from '../shared/MetricReadout';
import { Notices } from '../shared/Notices';
import { JourneyFieldset } from './JourneyFieldset';
import { emptyJourney, patchJourney, removeJourney } from './journey-edit';
import { problemsText } from './journey-readout';
import { JOURNEY_LIMITS, validateJourneys } from './journeys';
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
  return (
    <>
      <h4>User journeys → SLOs → SLIs</h4>
      <p>
        The talk's unified model: a service has features, a feature has user journeys, each journey has exactly one SLO,
        and an SLO is measured by one or more SLIs.
      </p>
      <MetricReadout as="p" name="slo-journey-problems" value={problems.length}>
        {problemsText(problems.length)}
      </MetricReadout>
      <Notices errors={problems} />
      {journeys.map((j, i) => (
        <JourneyFieldset
          key={`${id}-j${i}`}
          id={id}
          journey={j}
          index={i}
          windowMinutes={budget.windowMinutes}
          update={(patch) => setJourneys(patchJourney(journeys, i, patch))}
          remove={() => setJourneys(removeJourney(journeys, i))}
        />
      ))}
      <div class="cn-row-actions">
        <button
          type="button"
          class="cn-button"
          disabled={journeys.length >= JOURNEY_LIMITS.journeys}
          onClick={() => setJourneys([...journeys, emptyJourney()])}
        >
          Add a user journey
        </button>
      </div>
    </>
  );
}
