import { useState } from 'preact/hooks';
import { Notices } from '../shared/Notices';
import { TextField } from '../shared/TextField';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { Backlog } from './Backlog';
import { BoardActions } from './BoardActions';
import { Diagram } from './Diagram';
import { ElementsEditor } from './ElementsEditor';
import { FailureModes } from './FailureModes';
import { ImportExport } from './ImportExport';
import { ModeSwitch } from './ModeSwitch';
import { RiskMap } from './RiskMap';
import { RoastSession } from './RoastSession';
import { LIMITS } from './schema';
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
      <ModeSwitch session={session} onChange={(mode) => setState({ mode })} />
      <Notices errors={error ? [error] : []} />
      <p role="status" class="rb-spoken">
        {status}
      </p>
      <div class="cn-fields">
        <TextField
          id={`${id}-name`}
          label="Service"
          value={board.name}
          maxLength={LIMITS.name}
          onInput={(name) => update({ ...board, name })}
        />
      </div>
      <Diagram id={id} board={board} />
      {session ? (
        <RoastSession id={id} board={board} minutes={state.minutes} setMinutes={(minutes) => setState({ minutes })} />
      ) : (
        <>
          <BoardActions replace={replace} undo={undo} say={say} />
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
