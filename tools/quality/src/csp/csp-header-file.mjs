// @ts-check
// Astro integration: after the build, puts the pages' own CSP (identical on every page) into the
// Content-Security-Policy header of dist/_headers, merged with the header-only directives
// (frame-ancestors). A header policy also covers what precedes the <meta> in <head>.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../built-site.mjs';
import { metaPolicies, parsePolicy } from './page-csp.mjs';

/**
 * One policy with the directives of `base`, plus those of `extra` that `base` does not set.
 * @param {string} base
 * @param {string} extra
 * @returns {string}
 * @example mergePolicies("script-src 'self'", "frame-ancestors 'none'; script-src *") // "script-src 'self'; frame-ancestors 'none'"
 */
export function mergePolicies(base, extra) {
  const merged = parsePolicy(base);
  for (const [name, sources] of parsePolicy(extra)) if (!merged.has(name)) merged.set(name, sources);
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Rewrites the Content-Security-Policy line(s) of a `_headers` text with `policy` merged in.
 * @param {string} headersText
 * @param {string} policy
 * @returns {string}
 */
export function withPolicyHeader(headersText, policy) {
  return headersText.replace(
    /^(\s+Content-Security-Policy:\s*)(.*)$/gim,
    (_line, prefix, value) => `${prefix}${mergePolicies(policy, value)}`,
  );
}

/**
 * @typedef {{ info(message: string): void, warn(message: string): void }} Logger
 * @returns {{ name: string, hooks: { 'astro:build:done': (options: { dir: URL, logger: Logger }) => void } }}
 */
export function cspHeaderFile() {
  return {
    name: 'confnotes:csp-header-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const headersFile = join(out, '_headers');
        if (!existsSync(headersFile)) return;
        const policies = new Set(builtPages(out).flatMap(({ file }) => metaPolicies(readFileSync(file, 'utf8'))));
        if (policies.size !== 1) {
          logger.warn(`pages carry ${policies.size} different CSPs: _headers keeps its header-only policy`);
          return;
        }
        const [policy] = policies;
        writeFileSync(headersFile, withPolicyHeader(readFileSync(headersFile, 'utf8'), policy ?? ''));
        logger.info('_headers: Content-Security-Policy now carries the pages’ policy plus frame-ancestors');
      },
    },
  };
}
