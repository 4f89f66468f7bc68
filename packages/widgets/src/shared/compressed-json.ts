import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/** Result of reading untrusted compressed JSON (URL param, pasted link). */
export type DecodeResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Compresses a JSON-serialisable value into a URL-safe string (lz-string). */
export function encodeCompressedJson(value: unknown): string {
  return compressToEncodedURIComponent(JSON.stringify(value));
}

/**
 * Decompresses and validates; never throws. `validate` turns unknown JSON into T or returns
 * an error sentence. `maxLength` bounds the work done on hostile input.
 */
export function decodeCompressedJson<T>(
  raw: string,
  validate: (json: unknown) => DecodeResult<T>,
  maxLength = 100_000,
): DecodeResult<T> {
  if (raw.length > maxLength)
    return { ok: false, error: `The shared state is too long (${raw.length} characters, limit ${maxLength}).` };
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(raw);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, error: 'The shared state in the link is damaged (it could not be decompressed).' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The shared state in the link is damaged (it is not valid JSON).' };
  }
  return validate(json);
}
