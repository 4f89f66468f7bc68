import { useEffect, useRef, useState } from 'preact/hooks';
import { parseFilesOffThread } from './load';
import { failedSource, type RowSource } from './row-source';
import type { ParseProgress } from './types';

/** The user's files once parsed: their names and where their rows are. */
export interface LoadedFiles {
  names: string;
  source: RowSource;
}

/** State of opening the user's files: the result, whether parsing runs, and its latest progress. */
export interface QlogFilesState {
  loaded: LoadedFiles | null;
  busy: boolean;
  progress: ParseProgress | null;
  open: (files: File[]) => Promise<void>;
  /** Forgets the files and ends the Worker holding their rows. */
  clear: () => void;
}

/** Opens files through the Worker, keeping the progress it posts for the status line. */
export function useQlogFiles(): QlogFilesState {
  const [loaded, setLoaded] = useState<LoadedFiles | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ParseProgress | null>(null);
  const current = useRef<RowSource | null>(null);
  const replace = (next: LoadedFiles | null) => {
    current.current?.close();
    current.current = next?.source ?? null;
    setLoaded(next);
  };
  useEffect(() => () => current.current?.close(), []);
  const open = async (files: File[]) => {
    setBusy(true);
    setProgress(null);
    let source: RowSource;
    try {
      source = await parseFilesOffThread(files, setProgress);
    } catch (error) {
      source = failedSource(`The files could not be read: ${String(error)}`);
    }
    replace({ names: files.map((f) => f.name).join(' + '), source });
    setProgress(null);
    setBusy(false);
  };
  return { loaded, busy, progress, open, clear: () => replace(null) };
}
