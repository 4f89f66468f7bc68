// Hashes for `<script is:inline>` bodies, which Astro's experimental CSP does not hash itself
// (it only hashes scripts it bundles). Starlight ships a few such scripts (theme provider,
// theme picker, sidebar state, search shortcut); without their hashes the browser blocks them.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const INLINE_SCRIPT = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The bodies of every `<script is:inline>` in an `.astro` source, exactly as Astro emits them.
 * @param {string} astroSource
 * @returns {string[]}
 * @example inlineScriptBodies('<script is:inline>a()</script>') // ['a()']
 */
export function inlineScriptBodies(astroSource) {
  return [...astroSource.matchAll(INLINE_SCRIPT)].map((m) => m[1] ?? '');
}

/**
 * A CSP hash source (without quotes) for a script or style body.
 * @param {string} body
 * @returns {`sha256-${string}`}
 * @example sha256Source('') // 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='
 */
export function sha256Source(body) {
  return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

/**
 * Hashes of every inline script in the `.astro` files of a folder (not recursive), sorted.
 * @param {string} componentsDir e.g. Starlight's `components/` folder
 * @returns {`sha256-${string}`[]}
 */
export function inlineScriptHashesIn(componentsDir) {
  const hashes = new Set();
  for (const name of readdirSync(componentsDir).sort()) {
    if (!name.endsWith('.astro')) continue;
    for (const body of inlineScriptBodies(readFileSync(join(componentsDir, name), 'utf8'))) {
      hashes.add(sha256Source(body));
    }
  }
  return [...hashes].sort();
}
