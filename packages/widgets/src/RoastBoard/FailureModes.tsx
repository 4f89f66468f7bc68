import { useState } from 'preact/hooks';
import { addFailureMode, patchItem } from './edit';
import { riskScore } from './risk';
import { BLAST_WORDS, type Board, elementName, type FailureMode, LIMITS, PROBABILITY_WORDS, STATUSES } from './schema';

export interface FailureModesProps {
  /** Id prefix of the widget. */
  id: string;
  /** The board. */
  board: Board;
  /** Applies an edit (typing). */
  update: (next: Board) => void;
  /** Applies a change that can be undone (adding, removing). */
  replace: (next: Board) => void;
  /** Reports what an action did, or why it was refused. */
  say: (message: string, isError?: boolean) => void;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
const SCALE = [1, 2, 3, 4, 5] as const;

/** Phase 2: for every box and line, what can go wrong, how likely, how far it reaches, who owns it. */
export function FailureModes({ id, board, update, replace, say }: FailureModesProps) {
  const [element, setElement] = useState('');
  const [mode, setMode] = useState('');
  const elements = [
    ...board.boxes.map((b) => ({ id: b.id, name: b.name })),
    ...board.lines.map((l) => ({ id: l.id, name: elementName(board, l.id) })),
  ];
  const options = elements.map((e) => (
    <option key={e.id} value={e.id}>
      {e.name}
    </option>
  ));
  const patch = (f: FailureMode, p: Partial<FailureMode>) => update(patchItem(board, 'failureModes', f.id, p));
  const field = (f: FailureMode, key: 'mode' | 'affected' | 'owner' | 'mitigation', label: string) => (
    <div class="cn-field">
      <label for={`${id}-${f.id}-${key}`}>{label}</label>
      <input
        id={`${id}-${f.id}-${key}`}
        type="text"
        maxLength={key === 'owner' ? LIMITS.name : LIMITS.text}
        value={f[key]}
        onInput={(e) => patch(f, { [key]: value(e) })}
      />
    </div>
  );
  const add = () => {
    const result = addFailureMode(board, element, mode);
    if (typeof result === 'string') return say(result, true);
    replace(result);
    say(`Added the failure mode "${mode.trim()}" to ${elementName(board, element)}.`);
    setMode('');
  };

  return (
    <>
      <ul class="rb-cards">
        {board.failureModes.map((f, i) => (
          <li key={f.id}>
            <fieldset class="cn-fieldset">
              <legend>
                {i + 1}. {elementName(board, f.elementId)} · score {riskScore(f)}
              </legend>
              <div class="cn-fields">
                <div class="cn-field">
                  <label for={`${id}-${f.id}-el`}>Element</label>
                  <select
                    id={`${id}-${f.id}-el`}
                    value={f.elementId}
                    onChange={(e) => patch(f, { elementId: value(e) })}
                  >
                    {options}
                  </select>
                </div>
                {field(f, 'mode', 'What can go wrong')}
                <div class="cn-field">
                  <label for={`${id}-${f.id}-p`}>Probability</label>
                  <select
                    id={`${id}-${f.id}-p`}
                    value={String(f.probability)}
                    onChange={(e) => patch(f, { probability: Number(value(e)) })}
                  >
                    {SCALE.map((n) => (
                      <option key={n} value={String(n)}>
                        {n} · {PROBABILITY_WORDS[n]}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="cn-field">
                  <label for={`${id}-${f.id}-b`}>Blast radius</label>
                  <select
                    id={`${id}-${f.id}-b`}
                    value={String(f.blastRadius)}
                    onChange={(e) => patch(f, { blastRadius: Number(value(e)) })}
                  >
                    {SCALE.map((n) => (
                      <option key={n} value={String(n)}>
                        {n} · {BLAST_WORDS[n]}
                      </option>
                    ))}
                  </select>
                </div>
                {field(f, 'affected', 'Users / services affected')}
                {field(f, 'owner', 'Owner')}
                {field(f, 'mitigation', 'Mitigation')}
                <div class="cn-field">
                  <label for={`${id}-${f.id}-s`}>Status</label>
                  <select
                    id={`${id}-${f.id}-s`}
                    value={f.status}
                    onChange={(e) => patch(f, { status: value(e) as FailureMode['status'] })}
                  >
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <button
                type="button"
                class="cn-button"
                onClick={() => {
                  replace({ ...board, failureModes: board.failureModes.filter((x) => x.id !== f.id) });
                  say(`Removed failure mode ${i + 1}.`);
                }}
              >
                Remove failure mode {i + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ul>
      <div class="cn-fields">
        <div class="cn-field">
          <label for={`${id}-new-fm-el`}>Element that can fail</label>
          <select id={`${id}-new-fm-el`} value={element} onChange={(e) => setElement(value(e))}>
            <option value="">choose…</option>
            {options}
          </select>
        </div>
        <div class="cn-field">
          <label for={`${id}-new-fm`}>What can go wrong</label>
          <input
            id={`${id}-new-fm`}
            type="text"
            maxLength={LIMITS.text}
            value={mode}
            onInput={(e) => setMode(value(e))}
          />
        </div>
      </div>
      <button type="button" class="cn-button" onClick={add}>
        Add failure mode
      </button>
    </>
  );
}
