import type { AltSvcError } from './types';

export interface CaretViewProps {
  /** The header text as entered. */
  header: string;
  /** The error to point at. */
  error: AltSvcError;
}

const WINDOW = 36;

/**
 * The header with a caret under the offending character, in monospace. Long headers are cut
 * to a window around the column so the caret stays visible on narrow screens.
 */
export function CaretView({ header, error }: CaretViewProps) {
  const index = Math.max(0, Math.min(error.column - 1, header.length));
  const start = Math.max(0, index - WINDOW / 2);
  const end = Math.min(header.length, start + WINDOW);
  const lead = start > 0 ? '…' : '';
  const slice = `${lead}${header.slice(start, end)}${end < header.length ? '…' : ''}`;
  const caret = `${' '.repeat(lead.length + index - start)}^`;
  return (
    <figure class="as-caret">
      <pre aria-hidden="true">
        {slice.replace(/\t/g, ' ')}
        {'\n'}
        {caret}
      </pre>
      <figcaption>
        Column {error.column}: {error.message}
      </figcaption>
    </figure>
  );
}
