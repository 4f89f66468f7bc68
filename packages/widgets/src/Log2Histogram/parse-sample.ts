/** Largest pasted text read (characters). */
export const MAX_SAMPLE_CHARS = 1_000_000;
/** Most values used. */
export const MAX_SAMPLE_VALUES = 100_000;
/** bpftrace stores 64-bit integers; larger magnitudes are refused. */
export const MAX_MAGNITUDE = 2 ** 63;

export interface ParsedSample {
  values: number[];
  /** Specific sentences about input that could not be used (first few shown). */
  errors: string[];
  /** Sentences about input that was adjusted (decimals truncated, extra values dropped). */
  notices: string[];
}

/**
 * Reads numbers separated by spaces, commas, semicolons or new lines. Never throws. Tokens that
 * are not finite numbers are reported with their line and position; decimals are truncated
 * toward zero as bpftrace's integer maps would.
 */
export function parseSample(text: string): ParsedSample {
  const errors: string[] = [];
  const notices: string[] = [];
  let input = text;
  if (input.length > MAX_SAMPLE_CHARS) {
    input = input.slice(0, MAX_SAMPLE_CHARS);
    notices.push(`Only the first ${MAX_SAMPLE_CHARS.toLocaleString('en-GB')} characters were read.`);
  }
  const values: number[] = [];
  let bad = 0;
  let truncated = 0;
  let dropped = 0;
  const lines = input.split(/\r?\n/);
  lines.forEach((line, li) => {
    const tokens = line.split(/[\s,;]+/).filter((t) => t !== '');
    tokens.forEach((token, ti) => {
      const n = Number(token);
      if (!Number.isFinite(n) || Math.abs(n) >= MAX_MAGNITUDE || !/^[-+]?[0-9.eE+-]+$/.test(token)) {
        bad++;
        const shown = token.length > 20 ? `${token.slice(0, 20)}…` : token;
        if (errors.length < 5)
          errors.push(`Line ${li + 1}, value ${ti + 1}: "${shown}" is not a number, so it is skipped.`);
        return;
      }
      if (values.length >= MAX_SAMPLE_VALUES) {
        dropped++;
        return;
      }
      if (!Number.isInteger(n)) truncated++;
      values.push(Math.trunc(n));
    });
  });
  if (bad > errors.length) errors.push(`…${bad - errors.length} more values that are not numbers were skipped.`);
  if (truncated > 0)
    notices.push(`${truncated} decimal values were truncated to integers, as bpftrace's maps hold integers.`);
  if (dropped > 0)
    notices.push(`Only the first ${MAX_SAMPLE_VALUES.toLocaleString('en-GB')} values were used (${dropped} dropped).`);
  return { values, errors, notices };
}
