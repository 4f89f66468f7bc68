/**
 * Typed, bounded widget state in the URL query string.
 *
 * Each widget declares a {@link StateSpec}; its params are namespaced by a short prefix
 * (`dl.shift=0.5`) so several widgets share one page URL. Anything read from a URL is
 * untrusted: unknown values fall back to defaults and out-of-range numbers are clamped,
 * each with a human-readable notice the widget shows.
 */

export interface NumberParam {
  kind: 'number';
  /** What the user calls it, used in notices ("Shift was clamped to 5"). */
  label: string;
  default: number;
  min: number;
  max: number;
  /** Round to an integer (sizes, seeds). */
  integer?: boolean;
}
export interface EnumParam<T extends string = string> {
  kind: 'enum';
  label: string;
  default: T;
  values: readonly T[];
}
export interface BooleanParam {
  kind: 'boolean';
  label: string;
  default: boolean;
}
export interface StringParam {
  kind: 'string';
  label: string;
  default: string;
  maxLength: number;
  /** Allowed characters; a value that fails falls back to the default. */
  pattern?: RegExp;
}
export type ParamSpec = NumberParam | EnumParam | BooleanParam | StringParam;
export type StateSpec = Readonly<Record<string, ParamSpec>>;

export type ValueOf<P extends ParamSpec> = P extends NumberParam
  ? number
  : P extends EnumParam<infer T>
    ? T
    : P extends BooleanParam
      ? boolean
      : string;
export type StateOf<S extends StateSpec> = { -readonly [K in keyof S]: ValueOf<S[K]> };

export interface Decoded<S extends StateSpec> {
  state: StateOf<S>;
  /** One sentence per param that was invalid or clamped. Empty when the URL was clean. */
  notices: string[];
}

/** The spec's defaults as a state object. */
export function defaultState<S extends StateSpec>(spec: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, param] of Object.entries(spec)) out[key] = param.default;
  return out as StateOf<S>;
}

const MAX_RAW_LENGTH = 200;

function decodeParam(param: ParamSpec, raw: string): { value: unknown; notice?: string } {
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  switch (param.kind) {
    case 'number': {
      const n = raw.trim() === '' ? Number.NaN : Number(raw);
      if (!Number.isFinite(n)) {
        return {
          value: param.default,
          notice: `${param.label}: "${shown}" is not a number, so the default ${param.default} is used.`,
        };
      }
      let v = param.integer ? Math.round(n) : n;
      if (v < param.min || v > param.max) {
        v = Math.min(param.max, Math.max(param.min, v));
        return {
          value: v,
          notice: `${param.label}: ${shown} is outside ${param.min}–${param.max}, so it was clamped to ${v}.`,
        };
      }
      return { value: v };
    }
    case 'enum':
      if (param.values.includes(raw)) return { value: raw };
      return {
        value: param.default,
        notice: `${param.label}: "${shown}" is not one of ${param.values.join(', ')}, so "${param.default}" is used.`,
      };
    case 'boolean':
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return {
        value: param.default,
        notice: `${param.label}: "${shown}" is not on/off (1 or 0), so the default is used.`,
      };
    case 'string':
      if (raw.length > param.maxLength || (param.pattern && !param.pattern.test(raw))) {
        return {
          value: param.default,
          notice: `${param.label}: the value in the link is not valid, so the default is used.`,
        };
      }
      return { value: raw };
  }
}

/** Reads `prefix.key` params; never throws. */
export function decodeState<S extends StateSpec>(spec: S, params: URLSearchParams, prefix: string): Decoded<S> {
  const state = defaultState(spec) as Record<string, unknown>;
  const notices: string[] = [];
  for (const [key, param] of Object.entries(spec)) {
    const raw = params.get(`${prefix}.${key}`);
    if (raw === null) continue;
    // String params may declare a larger maxLength (e.g. a pasted header); others stay at 200.
    const limit = param.kind === 'string' ? Math.max(MAX_RAW_LENGTH, param.maxLength) : MAX_RAW_LENGTH;
    if (raw.length > limit) {
      notices.push(`${param.label}: the value in the link is too long, so the default is used.`);
      continue;
    }
    const { value, notice } = decodeParam(param, raw);
    state[key] = value;
    if (notice) notices.push(notice);
  }
  return { state: state as StateOf<S>, notices };
}

function encodeValue(param: ParamSpec, value: unknown): string {
  if (param.kind === 'boolean') return value ? '1' : '0';
  if (param.kind === 'number') return String(Number(value));
  return String(value);
}

/** Writes the state into `params` (in place): non-default values set, defaults removed. */
export function encodeState<S extends StateSpec>(
  spec: S,
  state: StateOf<S>,
  prefix: string,
  params: URLSearchParams,
): URLSearchParams {
  for (const [key, param] of Object.entries(spec)) {
    const value = (state as Record<string, unknown>)[key];
    const name = `${prefix}.${key}`;
    if (value === param.default || value === undefined) params.delete(name);
    else params.set(name, encodeValue(param, value));
  }
  return params;
}

/**
 * A shareable URL for one widget: the page URL with only this widget's params and the
 * widget's anchor, so the link opens the page scrolled to the widget in the same state.
 */
export function widgetUrl<S extends StateSpec>(
  pageUrl: string,
  spec: S,
  state: StateOf<S>,
  prefix: string,
  anchor: string,
): string {
  const url = new URL(pageUrl);
  for (const name of [...url.searchParams.keys()]) if (name.startsWith(`${prefix}.`)) url.searchParams.delete(name);
  encodeState(spec, state, prefix, url.searchParams);
  url.hash = anchor;
  return url.toString();
}
