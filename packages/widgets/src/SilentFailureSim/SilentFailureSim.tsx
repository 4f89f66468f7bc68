import { Notices } from '../shared/Notices';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Assumptions } from './Assumptions';
import { INCIDENTS } from './config';
import { HourlyTable } from './HourlyTable';
import { SimControls } from './SimControls';
import { SummaryTable } from './SummaryTable';
import { SIM_PREFIX, simSpec } from './state';
import { Timeline } from './Timeline';
import { useSimulation } from './useSimulation';

export interface SilentFailureSimProps {
  /** Element id and URL anchor. Default: "silent-failure-sim". */
  id?: string;
  /** Visible title. Default: "Silent failures: which alert fires?". */
  title?: string;
}

/** 48 hours of a fraud-scoring service: pick an incident, see which alert layer notices it and when. */
export function SilentFailureSim({
  id = 'silent-failure-sim',
  title = 'Silent failures: which alert fires?',
}: SilentFailureSimProps) {
  const { state, setState, notices, link } = useUrlState(simSpec, SIM_PREFIX, id);
  const { result, busy, error } = useSimulation(state);
  const start = state.incident === 'none' ? null : state.start;
  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="A fraud-scoring service over 48 hours. Infrastructure golden signals stay green for silent failures; only the ML layers notice."
      notices={notices}
      link={link}
    >
      <SimControls id={id} state={state} setState={setState} />
      <p class="sfs-story">{INCIDENTS[state.incident].story}</p>
      <Notices errors={error ? [error] : []} />
      <p role="status" class="sfs-hint">
        {busy ? 'Simulating 48 hours…' : ''}
      </p>
      {result && (
        <div aria-busy={busy}>
          <SummaryTable summary={result.summary} start={start} />
          <Timeline rows={result.rows} start={start} />
          <HourlyTable rows={result.rows} />
        </div>
      )}
      <Assumptions />
    </WidgetFrame>
  );
}
