import { isRecord, numberOf } from './values';
import type { QlogVersion } from './version';

/**
 * How an event's `time` is written. The first three are qlog draft-02 / 0.3 / 0.4 (`absolute`,
 * `delta`, `relative` to `reference_time`); the last two are the current main-schema drafts.
 */
export type TimeFormat = 'absolute' | 'delta' | 'relative' | 'relative_to_epoch' | 'relative_to_previous_event';

const FORMATS: readonly string[] = ['absolute', 'delta', 'relative', 'relative_to_epoch', 'relative_to_previous_event'];

/** Largest |time| accepted, in ms (about 31,700 years): keeps every sum of times finite. */
export const MAX_ABS_TIME_MS = 1e15;

/** A trace's clock: its default format, reference, unit and offset. */
export interface TraceClock {
  format: TimeFormat;
  /** `reference_time` in the trace's units (0 when absent or an RFC 3339 / epoch object). */
  reference: number;
  /** Milliseconds per logged unit: 1, or 0.001 for draft-00/-01 `time_units: "us"`. */
  unitMs: number;
  /** `configuration.time_offset` in ms (0 when absent). */
  offsetMs: number;
}

/** One event's time as logged, with the per-event overrides the drafts allow. */
export interface LoggedTime {
  value: number;
  format?: TimeFormat | undefined;
  reference?: number | undefined;
}

/** A `time_format` value, or undefined when it is not one the drafts define. */
export function timeFormatOf(value: unknown): TimeFormat | undefined {
  return typeof value === 'string' && FORMATS.includes(value) ? (value as TimeFormat) : undefined;
}

/** A bounded number from a number or numeric string (qlog allows both for 64-bit values). */
export function boundedTime(value: unknown): number | undefined {
  const n = numberOf(value);
  return n !== null && Math.abs(n) <= MAX_ABS_TIME_MS ? n : undefined;
}

/**
 * The clock of one trace from its `common_fields` and `configuration`. A `reference_time` object
 * (current drafts: `clock_type`, `epoch`) does not move times relative to the first event, so it
 * counts as 0. Returns the problems found (an unknown `time_format`, say) as sentences.
 */
export function traceClock(
  trace: Record<string, unknown>,
  version: QlogVersion,
): { clock: TraceClock; problems: string[] } {
  const common = isRecord(trace.common_fields) ? trace.common_fields : {};
  const config = isRecord(trace.configuration) ? trace.configuration : {};
  const problems: string[] = [];
  let format = version.defaultTimeFormat;
  if (common.time_format !== undefined) {
    const named = timeFormatOf(common.time_format);
    if (named) format = named;
    else
      problems.push(`time_format ${JSON.stringify(common.time_format)} is not one qlog defines; read as "${format}"`);
  }
  const reference = boundedTime(common.reference_time) ?? 0;
  const unitMs = version.timeUnits && config.time_units === 'us' ? 0.001 : 1;
  const offsetMs = boundedTime(config.time_offset) ?? 0;
  return { clock: { format, reference, unitMs, offsetMs }, problems };
}

/**
 * Applies a trace's time rules and returns milliseconds since the trace's start (plus its
 * `time_offset`), in event order. The start is `reference_time` for a `relative` trace (its
 * values are kept as logged) and the first event otherwise (epoch timestamps become small).
 * - `absolute`, `relative_to_epoch`: the value is a timestamp on the trace's clock;
 * - `relative`: the value counts from `reference_time`;
 * - `delta`, `relative_to_previous_event`: the value counts from the previous event; the first
 *   event carries a full timestamp (delta) or one relative to the reference epoch.
 *
 * Every input is within {@link MAX_ABS_TIME_MS}, so every result is finite.
 *
 * @example resolveTimes([{ value: 1500 }, { value: 5 }, { value: 17 }], { format: 'delta', reference: 0, unitMs: 1, offsetMs: 0 }) // [0, 5, 22]
 */
export function resolveTimes(times: readonly LoggedTime[], clock: TraceClock): number[] {
  let previous: number | null = null;
  const onClock = times.map((t) => {
    const format = t.format ?? clock.format;
    const value = t.value * clock.unitMs;
    let at = value;
    if (format === 'relative') at = (t.reference ?? clock.reference) * clock.unitMs + value;
    else if ((format === 'delta' || format === 'relative_to_previous_event') && previous !== null)
      at = previous + value;
    previous = at;
    return at;
  });
  let start = Number.POSITIVE_INFINITY;
  if (times.length > 0 && times.every((t) => (t.format ?? clock.format) === 'relative')) {
    start = clock.reference * clock.unitMs;
  } else for (const at of onClock) if (at < start) start = at;
  return onClock.map((at) => at - start + clock.offsetMs);
}
