import { useState } from 'preact/hooks';
import { parseQuicInteger } from './parse-quic-integer';

/** A text field holding a QUIC integer, whose last valid value lives in the URL state. */
export interface IntegerField {
  /** What the field shows: the user's text, or the URL state's value until they type. */
  text: string;
  /** The value in use: the field's if valid, otherwise the last valid one. */
  value: bigint;
  /** Why the field's text cannot be used, or null. */
  error: string | null;
  /** Input handler: parses the text and stores it in the URL state when valid. */
  onText: (text: string) => void;
  /** Puts a value into the field and the state (preset buttons). */
  choose: (text: string) => void;
}

/**
 * State for a {@link QuicIntegerInput}: keeps typing free while the URL only ever holds valid
 * values. `stored` is the URL state (already checked by the spec's pattern), `fallback` is used
 * when even that fails to parse.
 *
 * @param stored - the value in the URL state, as text
 * @param store - writes a valid, normalised text (no spaces or `_`/`,`, lower case) to the URL state
 * @param what - what the number is, for messages, e.g. "A stream ID"
 * @param fallback - the value used when `stored` does not parse
 * @returns the field, plus `storedError`: a notice when the link's value was not used
 * @example
 * const field = useIntegerField(state.v, (v) => setState({ v }), 'An identifier', 0x40n);
 */
export function useIntegerField(
  stored: string,
  store: (text: string) => void,
  what: string,
  fallback: bigint,
): IntegerField & { storedError: string | null } {
  const [typed, setTyped] = useState<string | null>(null);
  const storedParse = parseQuicInteger(stored, what);
  const storedValue = storedParse.ok ? storedParse.value : fallback;
  const storedError = storedParse.ok
    ? null
    : `${storedParse.error} The link's value was not used; showing ${fallback} instead.`;
  const text = typed ?? stored;
  const parsed = typed === null ? null : parseQuicInteger(typed, what);
  const onText = (next: string) => {
    setTyped(next);
    const p = parseQuicInteger(next, what);
    if (p.ok) store(next.trim().replace(/[_,]/g, '').toLowerCase());
  };
  const choose = (next: string) => {
    setTyped(null);
    store(next);
  };
  return {
    text,
    value: parsed?.ok ? parsed.value : storedValue,
    error: parsed && !parsed.ok ? parsed.error : null,
    onText,
    choose,
    storedError,
  };
}
