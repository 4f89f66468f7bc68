import type { FileFormat, ParseProgress, QlogTrace } from './types';

/** "qlog draft-01, JSON, 2 traces" for one file (with its name when several files were read). */
export function formatLabel(format: FileFormat, withSource: boolean): string {
  const traces = `${format.traces} ${format.traces === 1 ? 'trace' : 'traces'}`;
  const name = format.version === 'version not stated' ? 'qlog (version not stated)' : `qlog ${format.version}`;
  return `${withSource ? `${format.source}: ` : ''}${name}, ${format.layout}, ${traces}`;
}

/** The detected formats of all files as one sentence, or "" when none was recognised. */
export function formatsSentence(formats: readonly FileFormat[]): string {
  if (formats.length === 0) return '';
  return `Detected ${formats.map((f) => formatLabel(f, formats.length > 1)).join('; ')}.`;
}

/** "client trace title (network, client flow)" for the status line. */
export function traceLabel(trace: Pick<QlogTrace, 'title' | 'vantageHow' | 'version'>): string {
  return `${trace.title} (${trace.vantageHow}, qlog ${trace.version})`;
}

/** "Parsing big.sqlog… 40%" in steps of 10 %, so a screen reader is not flooded. */
export function progressText(progress: ParseProgress | null): string {
  if (!progress) return 'Reading your files…';
  const percent = Math.min(100, Math.floor(progress.fraction * 10) * 10);
  return `${progress.phase === 'reading' ? 'Reading' : 'Parsing'} ${progress.source}… ${percent}%`;
}
