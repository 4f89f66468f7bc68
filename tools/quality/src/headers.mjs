// @ts-check
// Security headers for static hosts: what each deploy file sets, and what it must set.
import { parsePolicy } from './csp/page-csp.mjs';

/**
 * Headers every response must carry, each with a check of its value (returns a problem or null).
 * @type {Readonly<Record<string, (value: string) => string | null>>}
 */
export const REQUIRED_HEADERS = Object.freeze({
  'content-security-policy': (value) =>
    parsePolicy(value).get('frame-ancestors')?.join(' ') === "'none'" ? null : "needs frame-ancestors 'none'",
  'x-frame-options': (value) => (value.toUpperCase() === 'DENY' ? null : 'needs DENY'),
  'x-content-type-options': (value) => (value.toLowerCase() === 'nosniff' ? null : 'needs nosniff'),
  'referrer-policy': (value) =>
    ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(value.toLowerCase())
      ? null
      : 'needs a policy that never sends the full URL cross-origin',
  'permissions-policy': (value) =>
    ['camera=()', 'microphone=()', 'geolocation=()'].every((p) => value.includes(p))
      ? null
      : 'needs at least camera=(), microphone=(), geolocation=()',
});

/**
 * The headers a Netlify/Cloudflare Pages `_headers` file sets for one path pattern ("/*").
 * Names are lower-cased; comments and other path blocks are skipped.
 * @param {string} text
 * @param {string} [pattern]
 * @returns {Map<string, string>}
 * @example headersFileRules('/*\n  X-Frame-Options: DENY').get('x-frame-options') // 'DENY'
 */
export function headersFileRules(text, pattern = '/*') {
  /** @type {Map<string, string>} */
  const headers = new Map();
  let inBlock = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === pattern;
      continue;
    }
    const colon = line.indexOf(':');
    if (inBlock && colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * The headers an nginx snippet sets with `add_header Name "value" [always];` (top level only).
 * @param {string} text
 * @returns {Map<string, string>}
 */
export function nginxHeaders(text) {
  /** @type {Map<string, string>} */
  const headers = new Map();
  for (const m of text.matchAll(/^\s*add_header\s+([\w-]+)\s+(?:"([^"]*)"|'([^']*)'|(\S+?))(?:\s+always)?\s*;/gm)) {
    headers.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return headers;
}

/**
 * Problems with a set of headers: each required header missing or with a weak value.
 * @param {Map<string, string>} headers
 * @returns {string[]}
 */
export function headerProblems(headers) {
  /** @type {string[]} */
  const problems = [];
  for (const [name, check] of Object.entries(REQUIRED_HEADERS)) {
    const value = headers.get(name);
    if (value === undefined) problems.push(`${name} is missing`);
    else {
      const problem = check(value);
      if (problem) problems.push(`${name}: ${problem} (got "${value}")`);
    }
  }
  return problems;
}
