/**
 * Larger widget state (lists, boards) in one lz-string-compressed URL param, next to the
 * scalar params that `useUrlState` manages. Used by SloPlanner (journeys) and RoastBoard (board).
 */
import { type DecodeResult, decodeCompressedJson, encodeCompressedJson } from './compressed-json';

/** Reads and validates `name` from a query string; null when the param is absent. Never throws. */
export function readCompressedParam<T>(
  search: string,
  name: string,
  validate: (json: unknown) => DecodeResult<T>,
): DecodeResult<T> | null {
  const raw = new URLSearchParams(search).get(name);
  if (raw === null) return null;
  return decodeCompressedJson(raw, validate);
}

/** `url` with `name` set to the compressed value, or removed when `value` is null. */
export function withCompressedParam(url: string, name: string, value: unknown): string {
  const next = new URL(url);
  if (value === null) next.searchParams.delete(name);
  else next.searchParams.set(name, encodeCompressedJson(value));
  return next.toString();
}

/** Writes the param into the page URL with `replaceState` (no history entry). */
export function writeCompressedParam(name: string, value: unknown): void {
  const next = withCompressedParam(window.location.href, name, value);
  if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
}
