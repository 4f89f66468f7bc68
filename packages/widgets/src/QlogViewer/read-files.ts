import { formatNumber } from '../shared/format';
import { MAX_QLOG_BYTES, parseQlog } from './parse';
import type { ParseResult } from './types';

/** At most this many files at once (a client and a server trace). */
export const MAX_FILES = 2;

/** A size refusal for one file, or null when it may be read. */
export function sizeProblem(file: { name: string; size: number }): string | null {
  if (file.size <= MAX_QLOG_BYTES) return null;
  const mb = formatNumber(file.size / 1024 / 1024);
  return `${file.name} is ${mb} MB; the viewer opens files up to 50 MB. Trim the trace (e.g. one connection) and try again.`;
}

/** A file's text; FileReader where Blob.text() is missing (older engines, jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read`));
    reader.readAsText(file);
  });
}

/** Reads and parses up to two files; refuses files over 50 MB with a clear message. */
export async function parseFiles(files: readonly File[]): Promise<ParseResult> {
  const out: ParseResult = { traces: [], problems: [] };
  if (files.length > MAX_FILES) {
    out.problems.push({
      source: '',
      line: 0,
      message: `Only the first ${MAX_FILES} files are used (a client and a server trace).`,
    });
  }
  for (const file of files.slice(0, MAX_FILES)) {
    const refusal = sizeProblem(file);
    if (refusal) {
      out.problems.push({ source: file.name, line: 0, message: refusal });
      continue;
    }
    let text: string;
    try {
      text = await readText(file);
    } catch (error) {
      out.problems.push({ source: file.name, line: 0, message: `the file could not be read (${String(error)})` });
      continue;
    }
    const result = parseQlog(text, file.name);
    out.traces.push(...result.traces);
    out.problems.push(...result.problems);
  }
  return out;
}
