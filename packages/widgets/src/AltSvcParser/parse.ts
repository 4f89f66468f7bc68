import { decodeProtocolId, parseAuthority } from './authority';
import { ElementError, pushError, Scanner } from './scanner';
import type { Alternative, AltSvcError, AltSvcParameter, AltSvcResult } from './types';

/** RFC 7838 §3.1: the freshness lifetime when no `ma` is given (24 hours). */
export const DEFAULT_MAX_AGE = 86_400;
/** RFC 9111 §1.2.2: delta-seconds above 2^31 are treated as 2^31. */
export const MAX_DELTA_SECONDS = 2 ** 31;

/** The error for `clear` as one item of a list (RFC 7838 §3 allows it only as the whole value). */
export const CLEAR_IN_LIST =
  '"clear" must be the whole header value, not one item of a list; it still invalidates every alternative, including the others in this header (RFC 7838 §3)';

function parameter(scan: Scanner): AltSvcParameter {
  const column = scan.column;
  const name = scan.token();
  if (name === '') scan.fail(`expected a parameter name after ";" but found ${scan.here()}`);
  if (!scan.is('=')) scan.fail(`expected "=" after the parameter name "${name}" but found ${scan.here()}`);
  scan.i++;
  let value: string;
  if (scan.is('"')) value = scan.quoted().text;
  else {
    value = scan.token();
    if (value === '') scan.fail(`expected a value after "${name}=" but found ${scan.here()}`);
  }
  return { name: name.toLowerCase(), value, column };
}

function alternative(scan: Scanner, errors: AltSvcError[]): Alternative {
  const column = scan.column;
  const rawProtocolId = scan.token();
  if (rawProtocolId === '') {
    if (scan.is('"')) scan.fail('a protocol id (such as h3) must come before the quoted authority');
    scan.fail(`expected a protocol id such as h3 but found ${scan.here()}`);
  }
  const decoded = decodeProtocolId(rawProtocolId);
  if ('badIndex' in decoded)
    scan.fail('"%" in a protocol id must be followed by two hex digits', column + decoded.badIndex);
  if (!scan.is('=')) scan.fail(`expected "=" after the protocol id "${rawProtocolId}" but found ${scan.here()}`);
  scan.i++;
  if (!scan.is('"'))
    scan.fail(`the alternative authority must be quoted, e.g. ${rawProtocolId}=":443"; found ${scan.here()}`);
  const quoteColumn = scan.column;
  const { text, columns } = scan.quoted();
  const { host, port } = parseAuthority(scan, text, columns, quoteColumn);
  const alt: Alternative = {
    rawProtocolId,
    protocolId: decoded.value,
    host,
    port,
    maxAge: DEFAULT_MAX_AGE,
    maxAgeGiven: false,
    persist: false,
    params: [],
    column,
  };
  for (;;) {
    scan.skipSpace();
    if (!scan.is(';')) break;
    scan.i++;
    scan.skipSpace();
    const param = parameter(scan);
    alt.params.push(param);
    applyParameter(alt, param, errors);
  }
  return alt;
}

function applyParameter(alt: Alternative, param: AltSvcParameter, errors: AltSvcError[]) {
  const first = alt.params.findIndex((p) => p.name === param.name) === alt.params.length - 1;
  if (param.name === 'ma' && first) {
    if (/^\d+$/.test(param.value)) {
      alt.maxAge = Math.min(Number(param.value), MAX_DELTA_SECONDS);
      alt.maxAgeGiven = true;
    } else {
      const at = param.column + param.name.length + 1;
      pushError(errors, { column: at, message: `ma must be a whole number of seconds (got "${param.value}")` });
    }
  }
  if (param.name === 'persist' && first) alt.persist = param.value === '1';
}

/** Whether the list element at the scanner is the bare keyword `clear`; consumes it if so. */
function takeClear(scan: Scanner): boolean {
  const start = scan.i;
  if (scan.token() === 'clear') {
    scan.skipSpace();
    if (scan.c === undefined || scan.is(',')) return true;
  }
  scan.i = start;
  return false;
}

/**
 * Parses an Alt-Svc header value (RFC 7838 §3): `clear`, or a comma-separated list of
 * `protocol-id="[host]:port"` with `; ma=…`, `; persist=1` or other parameters. Never throws:
 * each problem becomes an error with the 1-based column of the offending character, and the
 * parser carries on with the next list element. A leading "Alt-Svc:" is accepted and skipped.
 * `clear` inside a list is a syntax error, yet RFC 7838 §3 says any value containing it asks for
 * every alternative of the origin to be invalidated, including those in the same header, so the
 * result is `clear` with no alternatives.
 * Linear time in the input length.
 */
export function parseAltSvc(header: string): AltSvcResult {
  const errors: AltSvcError[] = [];
  const prefix = /^[ \t]*alt-svc[ \t]*:/i.exec(header);
  let end = header.length;
  while (end > 0 && /[ \t\r\n]/.test(header[end - 1] as string)) end--;
  const scan = new Scanner(header, prefix ? prefix[0].length : 0, end);
  scan.skipSpace();
  if (scan.c === undefined) {
    return {
      clear: false,
      alternatives: [],
      errors: [
        { column: scan.column, message: 'the header is empty: expected "clear" or an alternative such as h3=":443"' },
      ],
    };
  }
  if (header.slice(scan.i, end) === 'clear') return { clear: true, alternatives: [], errors };
  const alternatives: Alternative[] = [];
  let clear = false;
  while (scan.c !== undefined) {
    scan.skipSpace();
    if (scan.is(',')) {
      scan.i++;
      continue;
    }
    if (scan.c === undefined) break;
    const column = scan.column;
    if (takeClear(scan)) {
      clear = true;
      pushError(errors, { column, message: CLEAR_IN_LIST });
      continue;
    }
    try {
      alternatives.push(alternative(scan, errors));
      scan.skipSpace();
      if (scan.c !== undefined && !scan.is(',')) scan.fail(`expected "," or ";" but found ${scan.here()}`);
    } catch (error) {
      if (!(error instanceof ElementError)) throw error;
      pushError(errors, { column: error.column, message: error.message });
      scan.skipElement();
    }
  }
  errors.sort((a, b) => a.column - b.column);
  return clear ? { clear, alternatives: [], errors } : { clear, alternatives, errors };
}
