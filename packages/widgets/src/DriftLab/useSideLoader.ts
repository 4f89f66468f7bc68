import { useRef, useState } from 'preact/hooks';
import { MAX_TEXT, type ParsedData } from './parse';
import { readInWorker } from './parse-client';
import type { ReadProgress } from './read-source';

/** What one side's file reader is doing. */
export interface SideLoader {
  /** The file being read and how far it is (null when idle). */
  reading: { name: string; progress: ReadProgress | null } | null;
  /** The last failure, naming the side and the file (null if none). */
  error: string | null;
  /** Replaces the error, e.g. with "no column with numbers" once the data is seen. */
  setError: (error: string | null) => void;
  /** Reads `source` in its own worker; resolves with the data, or null after showing an error. */
  load: (name: string, source: Blob | string) => Promise<ParsedData | null>;
}

/**
 * Reads one side's file or pasted text off the main thread with progress. A newer load makes an
 * older one's result be ignored, so a slow first file cannot overwrite a second choice.
 *
 * @param label - the side's visible label ("Reference data"), first in every error message
 */
export function useSideLoader(label: string): SideLoader {
  const [reading, setReading] = useState<SideLoader['reading']>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const load = async (name: string, source: Blob | string): Promise<ParsedData | null> => {
    const size = typeof source === 'string' ? source.length : source.size;
    if (size > MAX_TEXT) {
      setError(`${label}: ${name} is too large (${Math.round(size / 1e6)} MB, limit ${MAX_TEXT / 1024 / 1024} MiB).`);
      return null;
    }
    const id = ++latest.current;
    setReading({ name, progress: null });
    setError(null);
    try {
      const data = await readInWorker(source, (progress) => {
        if (id === latest.current) setReading({ name, progress });
      });
      return id === latest.current ? data : null;
    } catch (e) {
      if (id === latest.current)
        setError(`${label}: ${name} could not be read (${e instanceof Error ? e.message : String(e)}).`);
      return null;
    } finally {
      if (id === latest.current) setReading(null);
    }
  };
  return { reading, error, setError, load };
}
