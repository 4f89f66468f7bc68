import type { Scanner } from './scanner';

const HOST_CHAR = /^[A-Za-z0-9\-._~%!$&'()*+,;=]$/;

/**
 * Splits an alt-authority (`[uri-host] ":" port`) read from a quoted string. `columns` maps each
 * character back to the header so errors point at it.
 */
export function parseAuthority(scan: Scanner, text: string, columns: number[], quoteColumn: number) {
  const col = (k: number) => columns[k] ?? quoteColumn + 1 + k;
  let hostEnd: number;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) scan.fail('an IPv6 host must end with "]"', col(0));
    hostEnd = close + 1;
    const inner = text.slice(1, close);
    const bad = [...inner].findIndex((c) => !/^[0-9A-Fa-f:.]$/.test(c));
    if (bad >= 0) scan.fail(`"${inner[bad]}" cannot appear in an IPv6 address`, col(1 + bad));
  } else {
    hostEnd = text.indexOf(':');
    if (hostEnd < 0) {
      scan.fail(
        'the authority needs a port: write ":443" (same host) or "host:443"',
        text ? col(text.length - 1) + 1 : quoteColumn + 1,
      );
    }
    const bad = [...text.slice(0, hostEnd)].findIndex((c) => !HOST_CHAR.test(c));
    if (bad >= 0) scan.fail(`"${text[bad]}" cannot appear in a host name`, col(bad));
  }
  if (text[hostEnd] !== ':') scan.fail('expected ":" and a port after the host', col(hostEnd));
  const portText = text.slice(hostEnd + 1);
  if (portText === '') scan.fail('the port is missing after ":"', col(hostEnd) + 1);
  const bad = [...portText].findIndex((c) => c < '0' || c > '9');
  if (bad >= 0) scan.fail(`the port must be digits only (found "${portText[bad]}")`, col(hostEnd + 1 + bad));
  const port = Number(portText);
  if (port > 65535) scan.fail(`port ${portText} is above 65535`, col(hostEnd + 1));
  return { host: text.slice(0, hostEnd), port };
}

/** Decodes %XX escapes of a protocol id; returns the index of a bad escape instead when there is one. */
export function decodeProtocolId(raw: string): { value: string } | { badIndex: number } {
  let out = '';
  for (let k = 0; k < raw.length; k++) {
    if (raw[k] !== '%') {
      out += raw[k];
      continue;
    }
    const hex = raw.slice(k + 1, k + 3);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return { badIndex: k };
    out += String.fromCharCode(Number.parseInt(hex, 16));
    k += 2;
  }
  return { value: out };
}
