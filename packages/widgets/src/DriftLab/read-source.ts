/** How far reading one file has got: bytes read, then the numbers being parsed. */
export interface ReadProgress {
  phase: 'reading' | 'parsing';
  /** Bytes (or characters, for pasted text) read so far. */
  loaded: number;
  /** Size of the file in bytes (characters for pasted text). */
  total: number;
}

/** Progress is reported about this many times per file, not once per chunk. */
const PROGRESS_STEPS = 50;

/**
 * A file's text, read chunk by chunk through its stream with a streaming UTF-8 decoder (the
 * same text as `Blob#text`: a leading byte-order mark is dropped), calling `onProgress` as the
 * bytes come in. Falls back to `Blob#text` or `FileReader` where a Blob has no stream (jsdom).
 */
export async function readSource(source: Blob | string, onProgress: (p: ReadProgress) => void): Promise<string> {
  if (typeof source === 'string') return source;
  const total = source.size;
  onProgress({ phase: 'reading', loaded: 0, total });
  if (typeof source.stream !== 'function') return readWhole(source);
  const reader = source.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let loaded = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    loaded += value.byteLength;
    if (loaded - reported >= total / PROGRESS_STEPS) {
      reported = loaded;
      onProgress({ phase: 'reading', loaded, total });
    }
  }
  parts.push(decoder.decode());
  if (reported < loaded) onProgress({ phase: 'reading', loaded, total });
  return parts.join('');
}

function readWhole(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(blob);
  });
}
