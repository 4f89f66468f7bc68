import type { SideLoader } from './useSideLoader';

export interface ReadingProgressProps {
  /** Element id prefix: the widget id and the side ("drift-lab-reference"). */
  id: string;
  /** The file being read, or null when idle. */
  reading: SideLoader['reading'];
}

/**
 * A labelled `<progress>` of the bytes read while a file loads, and a polite status line that
 * says which file is being read and when its numbers are being parsed (not every percent).
 */
export function ReadingProgress({ id, reading }: ReadingProgressProps) {
  const progress = reading?.progress ?? null;
  const parsing = progress?.phase === 'parsing';
  // While the numbers are parsed the bytes are all read: the bar turns indeterminate.
  const percent =
    progress && !parsing && progress.total > 0 ? Math.round((100 * progress.loaded) / progress.total) : null;
  return (
    <>
      {reading && (
        <div class="dl-progress">
          <label for={`${id}-progress`}>Reading {reading.name}</label>
          <progress id={`${id}-progress`} max={100} value={percent ?? undefined}>
            {percent === null ? '' : `${percent}%`}
          </progress>
        </div>
      )}
      <p role="status" class="dl-hint">
        {reading ? (parsing ? `Reading the numbers in ${reading.name}…` : `Reading ${reading.name}…`) : ''}
      </p>
    </>
  );
}
