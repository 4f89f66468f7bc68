import '../shared/fields.css';
import './roast-board.css';
import { useState } from 'preact/hooks';
import { Notices } from '../shared/Notices';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Diagram } from './Diagram';
import { ElementsEditor } from './ElementsEditor';
import { FailureModes } from './FailureModes';
import { ImportExport } from './ImportExport';
import { Backlog, RiskMap } from './RiskMap';
import { RoastSession } from './RoastSession';
import { SAMPLE_BOARD } from './sample';
import { EMPTY_BOARD, LIMITS } from './schema';
import { RB_PREFIX, rbSpec } from './state';
import { useBoard } from './useBoard';

export interface RoastBoardProps {
  /** Element id and URL anchor. Default: "roast-board". */
  id?: string;
  /** Visible title. Default: "Roast board → risk map → reliability backlog". */
  title?: string;
}

/**
 * Service roasting, phases 1–3: draw the service as boxes and lines, rate what can go wrong on
 * each, and get a risk map and a ranked reliability backlog. Saved in this browser, shareable by
 * link, exportable for the team's tracker; a session mode times the roast.
 */
export function RoastBoard({
  id = 'roast-board',
  title = 'Roast board → risk map → reliability backlog',
}: RoastBoardProps) {
  const { state, setState, notices, link } = useUrlState(rbSpec, RB_PREFIX, id);
  const { board, update, replace, undo, notices: boardNotices, addToLink } = useBoard();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const say = (message: string, isError = false) => {
    setError(isError ? message : null);
    setStatus(isError ? '' : message);
  };
  const session = state.mode === 'session';

  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="Walk every box and every line of a service, rate what can go wrong, and leave with a ranked backlog."
      notices={[...notices, ...boardNotices]}
      link={() => addToLink(link())}
    >
      <fieldset class="cn-row-actions rb-mode">
        <legend>Mode</legend>
        <button type="button" class="cn-button" aria-pressed={!session} onClick={() => setState({ mode: 'board' })}>
          Board
        </button>
        <button type="button" class="cn-button" aria-pressed={session} onClick={() => setState({ mode: 'session' })}>
          Roast session
        </button>
      </fieldset>
      <Notices errors={error ? [error] : []} />
      <p role="status" class="rb-spoken">
        {status}
      </p>
      <div class="cn-fields">
        <div class="cn-field">
          <label for={`${id}-name`}>Service</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={LIMITS.name}
            value={board.name}
            onInput={(e) => update({ ...board, name: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
      </div>
      <Diagram id={id} board={board} />
      {session ? (
        <RoastSession id={id} board={board} minutes={state.minutes} setMinutes={(minutes) => setState({ minutes })} />
      ) : (
        <>
          <div class="cn-row-actions">
            <button
              type="button"
              class="cn-button"
              onClick={() => {
                replace(SAMPLE_BOARD);
                say('Loaded the sample model-serving service.');
              }}
            >
              Start from the sample
            </button>
            <button
              type="button"
              class="cn-button"
              onClick={() => {
                replace(EMPTY_BOARD);
                say('Started an empty board.');
              }}
            >
              Start an empty board
            </button>
            <button
              type="button"
              class="cn-button"
              disabled={!undo}
              onClick={() => {
                undo?.();
                say('Undid the last change.');
              }}
            >
              Undo last change
            </button>
          </div>
          <h4>1. The big picture</h4>
          <ElementsEditor id={id} board={board} update={update} replace={replace} say={say} />
          <h4>2. Roast it: what can go wrong?</h4>
          <FailureModes id={id} board={board} update={update} replace={replace} say={say} />
        </>
      )}
      <h4>Risk map</h4>
      <RiskMap board={board} />
      <h4>3. Reliability backlog</h4>
      <Backlog board={board} />
      <ImportExport id={id} board={board} update={replace} say={say} />
    </WidgetFrame>
  );
}
