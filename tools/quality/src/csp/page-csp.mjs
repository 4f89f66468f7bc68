// @ts-check
// Static checks of a built page against its own <meta> Content Security Policy: everything the
// browser would block is found here at build time, with the page and the reason.
import { attribute } from '../js-budget/page-scripts.mjs';
import { sha256Source } from './inline-script-hashes.mjs';

const META = /<meta\b([^>]*)>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const EVENT_HANDLER = /<[a-z][\w-]*\b[^>]*?\s(on[a-z]+)\s*=/gi;
const DATA_TYPES = new Set(['application/json', 'application/ld+json', 'importmap', 'text/template']);

/**
 * Parses a policy into directive name → source list (names lower-cased; the first of a repeated
 * directive wins, as in browsers).
 * @param {string} policy
 * @returns {Map<string, string[]>}
 * @example parsePolicy("img-src 'self' data:; object-src 'none'").get('img-src') // ["'self'", 'data:']
 */
export function parsePolicy(policy) {
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/**
 * The content of every `<meta http-equiv="content-security-policy">` in a page.
 * @param {string} html
 * @returns {string[]}
 */
export function metaPolicies(html) {
  const out = [];
  for (const m of html.matchAll(META)) {
    const attrs = m[1] ?? '';
    if ((attribute(attrs, 'http-equiv') ?? '').toLowerCase() !== 'content-security-policy') continue;
    out.push(attribute(attrs, 'content') ?? '');
  }
  return out;
}

/** Directives every page's policy must contain, with the sources they must list exactly. */
export const REQUIRED_DIRECTIVES = Object.freeze({
  'default-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
});

/**
 * Everything in a built page that its meta CSP would block or that weakens the policy.
 * @param {string} html
 * @returns {string[]} one sentence per problem; empty when the page is clean.
 */
export function pageCspProblems(html) {
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  const policies = metaPolicies(source);
  if (policies.length !== 1) return [`has ${policies.length} CSP <meta> elements (expected exactly 1)`];
  const policy = parsePolicy(policies[0] ?? '');
  /** @type {string[]} */
  const problems = [];
  for (const [name, expected] of Object.entries(REQUIRED_DIRECTIVES)) {
    const got = policy.get(name);
    if (!got || got.join(' ') !== expected.join(' ')) {
      problems.push(`CSP ${name} is "${got?.join(' ') ?? 'missing'}" (expected "${expected.join(' ')}")`);
    }
  }
  const scriptSrc = policy.get('script-src') ?? [];
  const styleSrc = policy.get('style-src') ?? [];
  /** @type {Array<[string, string[]]>} */
  const guarded = [
    ['script-src', scriptSrc],
    ['style-src', styleSrc],
  ];
  for (const [name, list] of guarded) {
    if (list.length === 0) problems.push(`CSP has no ${name}`);
    for (const weak of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      if (list.includes(weak)) problems.push(`CSP ${name} allows ${weak}`);
    }
  }
  for (const m of source.matchAll(SCRIPT)) {
    const attrs = m[1] ?? '';
    const type = (attribute(attrs, 'type') ?? '').toLowerCase();
    if (DATA_TYPES.has(type) || attribute(attrs, 'src') !== null) continue;
    const body = m[2] ?? '';
    if (!scriptSrc.includes(`'${sha256Source(body)}'`)) {
      problems.push(`inline script not allowed by script-src (no hash): ${snippet(body)}`);
    }
  }
  for (const m of source.matchAll(STYLE)) {
    const body = m[1] ?? '';
    if (!styleSrc.includes(`'${sha256Source(body)}'`)) {
      problems.push(`inline <style> not allowed by style-src (no hash): ${snippet(body)}`);
    }
  }
  for (const m of source.matchAll(EVENT_HANDLER)) {
    problems.push(`inline event handler ${m[1]}= (blocked by CSP; use a bundled <script>)`);
  }
  return problems;
}

/**
 * @param {string} text
 * @returns {string}
 */
function snippet(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `"${flat.slice(0, 60)}…"` : `"${flat}"`;
}
