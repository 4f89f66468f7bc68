/** The range a typed number is held to, and the label its notices name. */
export interface ClampRange {
  /** The field's visible label, used in the notice. */
  label: string;
  /** Smallest accepted value. */
  min: number;
  /** Largest accepted value. */
  max: number;
  /** Round to a whole number before clamping. Default: false. */
  integer?: boolean | undefined;
}

/** Result of {@link clampTypedNumber}: the value to use (null: keep the old one) and why it changed. */
export interface ClampedNumber {
  value: number | null;
  notice: string | null;
}

/**
 * Reads text typed into a number field and holds it to a range: a number outside it becomes the
 * nearest bound, with a notice saying so; text that is not a number gives no value and a notice.
 * Untrusted input: never throws, and at most 20 characters of it are echoed.
 *
 * @param raw - the field's text
 * @param range - bounds, label and whether to round
 * @returns `{ value, notice }`; `notice` is null when the text was used as typed
 * @example
 * clampTypedNumber('5000', { label: 'Seed', min: 0, max: 999, integer: true });
 * // { value: 999, notice: 'Seed: 5000 is outside 0–999, so 999 is used.' }
 */
export function clampTypedNumber(raw: string, range: ClampRange): ClampedNumber {
  const n = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(n)) return { value: null, notice: `${range.label}: "${raw.slice(0, 20)}" is not a number.` };
  const v = range.integer ? Math.round(n) : n;
  const clamped = Math.min(range.max, Math.max(range.min, v));
  return {
    value: clamped,
    notice: clamped === v ? null : `${range.label}: ${v} is outside ${range.min}–${range.max}, so ${clamped} is used.`,
  };
}
