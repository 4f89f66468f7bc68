import { SelectField } from '../shared/SelectField';
import { TextField } from '../shared/TextField';
import { ElementOptions } from './ElementOptions';
import { riskScore } from './risk';
import { ScaleSelect } from './ScaleSelect';
import {
  BLAST_WORDS,
  type Board,
  type BoardElement,
  elementName,
  type FailureMode,
  LIMITS,
  PROBABILITY_WORDS,
  STATUSES,
} from './schema';

export interface FailureModeCardProps {
  /** Id prefix of the widget. */
  id: string;
  /** The board (for element names). */
  board: Board;
  /** Elements it can be moved to. */
  elements: readonly BoardElement[];
  /** The failure mode edited here. */
  failure: FailureMode;
  /** Its 1-based number on the board. */
  n: number;
  /** Applies a patch to this failure mode (typing). */
  patch: (p: Partial<FailureMode>) => void;
  /** Removes this failure mode. */
  remove: () => void;
}

type TextKey = 'mode' | 'affected' | 'owner' | 'mitigation';

/** One failure mode as a fieldset: element, what goes wrong, ratings, owner, mitigation, status. */
export function FailureModeCard({ id, board, elements, failure: f, n, patch, remove }: FailureModeCardProps) {
  const fid = `${id}-${f.id}`;
  const text = (key: TextKey, label: string) => (
    <TextField
      id={`${fid}-${key}`}
      label={label}
      value={f[key]}
      maxLength={key === 'owner' ? LIMITS.name : LIMITS.text}
      onInput={(v) => patch({ [key]: v })}
    />
  );
  return (
    <fieldset class="cn-fieldset">
      <legend>
        {n}. {elementName(board, f.elementId)} · score {riskScore(f)}
      </legend>
      <div class="cn-fields">
        <SelectField
          id={`${fid}-el`}
          label="Element"
          value={f.elementId}
          onChange={(elementId) => patch({ elementId })}
        >
          <ElementOptions elements={elements} />
        </SelectField>
        {text('mode', 'What can go wrong')}
        <ScaleSelect
          id={`${fid}-p`}
          label="Probability"
          value={f.probability}
          words={PROBABILITY_WORDS}
          onChange={(probability) => patch({ probability })}
        />
        <ScaleSelect
          id={`${fid}-b`}
          label="Blast radius"
          value={f.blastRadius}
          words={BLAST_WORDS}
          onChange={(blastRadius) => patch({ blastRadius })}
        />
        {text('affected', 'Users / services affected')}
        {text('owner', 'Owner')}
        {text('mitigation', 'Mitigation')}
        <SelectField
          id={`${fid}-s`}
          label="Status"
          value={f.status}
          onChange={(s) => patch({ status: s as FailureMode['status'] })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </SelectField>
      </div>
      <button type="button" class="cn-button" onClick={remove}>
        Remove failure mode {n}
      </button>
    </fieldset>
  );
}
