import { useState } from 'preact/hooks';

export interface PasteBoxProps {
  /** Element id prefix: the widget id and the side ("drift-lab-reference"). */
  id: string;
  /** Which side the text is for; names the button. */
  side: 'reference' | 'current';
  /** The side's visible label ("Reference data"). */
  label: string;
  /** Called with the pasted text when the user asks for it to be used. */
  onUse: (text: string) => void;
}

/** A collapsed "Paste instead" box: a labelled textarea and a button that uses its text. */
export function PasteBox({ id, side, label, onUse }: PasteBoxProps) {
  const [pasted, setPasted] = useState('');
  return (
    <details>
      <summary>Paste instead</summary>
      <label for={`${id}-paste`}>{label} as text</label>
      <textarea id={`${id}-paste`} rows={4} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
      <button type="button" class="cn-button" disabled={pasted.trim() === ''} onClick={() => onUse(pasted)}>
        Use pasted {side} data
      </button>
    </details>
  );
}
