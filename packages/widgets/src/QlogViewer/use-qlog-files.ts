import { useState } from 'preact/hooks';
import { parseFilesOffThread } from './load';
import type { ParseProgress } from './types';
import type { ViewerData } from './views';

/** The user's files once parsed: their names and what to draw from them. */
export interface LoadedFiles {
  names: string;
  data: ViewerData;
}

/** State of opening the user's files: the result, whether parsing runs, and its latest progress. */
export interface QlogFilesState {
  loaded: LoadedFiles | null;
  busy: boolean;
  progress: ParseProgress | null;
  open: (files: File[]) => Promise<void>;
  clear: () => void;
}

/** Opens files through the Worker, keeping the progress it posts for the status line. */
export function useQlogFiles(): QlogFilesState {
  const [loaded, setLoaded] = useState<LoadedFiles | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ParseProgress | null>(null);
  const open = async (files: File[]) => {
    setBusy(true);
    setProgress(null);
    let data: ViewerData;
    try {
      data = await parseFilesOffThread(files, setProgress);
    } catch (error) {
      const message = `The files could not be read: ${String(error)}`;
      data = { connections: [], problems: [{ source: '', line: 0, message }], formats: [] };
    }
    setLoaded({ names: files.map((f) => f.name).join(' + '), data });
    setProgress(null);
    setBusy(false);
  };
  return { loaded, busy, progress, open, clear: () => setLoaded(null) };
}
