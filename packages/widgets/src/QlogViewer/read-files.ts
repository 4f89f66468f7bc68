import { formatNumber } from '../shared/format';
import { MAX_QLOG_BYTES, parseQlog } from './parse';
import type { ParseProgress, ParseResult } from './types';

/** At most this many files at once (a client and a server trace, or a few connections). */
export const MAX_FILES = 4;

/** Called with reading and parsing progress. */
export type ProgressListener = (progress: ParseProgress) => void;

/** A size refusal for one file, or null when it may be read. */
export function sizeProblem(file: { name: string; size: number }): string | null {
  if (file.size <= MAX_QLOG_BYTES) return null;
  const mb = formatNumber(file.size / 1024 / 1024);
  return `${file.name} is ${mb} MB; the viewer opens files up to 50 MB. Trim the trace (e.g. one connection) and try again.`;
}

/** A file's text read in chunks (progress per chunk); Blob.text() or FileReader where streams are missing. */
async function fileText(file: File, onProgress?: ProgressListener): Promise<string> {
  if (typeof file.stream === 'function' && typeof TextDecoder !== 'undefined') {
    const reader = file.stream().getReader();
    const decoder = new TextDecoder();
    const parts: string[] = [];
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      parts.push(decoder.decode(value, { stream: true }));
      onProgress?.({ source: file.name, phase: 'reading', fraction: file.size > 0 ? loaded / file.size : 1 });
    }
    parts.push(decoder.decode());
    return parts.join('');
  }
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read`));
    reader.readAsText(file);
  });
}

/**
 * Reads and parses up to {@link MAX_FILES} files; refuses files over 50 MB with a clear message
 * and never rejects: a file that cannot be read becomes a problem in the result.
 */
export async function parseFiles(files: readonly File[], onProgress?: ProgressListener): Promise<ParseResult> {
  const out: ParseResult = { traces: [], problems: [], formats: [] };
  if (files.length > MAX_FILES) {
    out.problems.push({ source: '', line: 0, message: `Only the first ${MAX_FILES} files are used.` });
  }
  for (const file of files.slice(0, MAX_FILES)) {
    const refusal = sizeProblem(file);
    if (refusal) {
      out.problems.push({ source: file.name, line: 0, message: refusal });
      continue;
    }
    let text: string;
    try {
      text = await fileText(file, onProgress);
    } catch (error) {
      out.problems.push({ source: file.name, line: 0, message: `the file could not be read (${String(error)})` });
      continue;
    }
    const result = parseQlog(text, file.name, (fraction) =>
      onProgress?.({ source: file.name, phase: 'parsing', fraction }),
    );
    out.traces.push(...result.traces);
    out.problems.push(...result.problems);
    out.formats.push(...result.formats);
  }
  return out;
}
