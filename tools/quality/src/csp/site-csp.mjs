// The site's Content Security Policy, in the shape Astro's `experimental.csp` expects.
// Astro hashes the scripts and styles it bundles and writes a <meta> CSP into every page;
// this adds what Astro cannot know (see docs/deploy.md for the reasoning per directive).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inlineScriptHashesIn } from './inline-script-hashes.mjs';

/**
 * A directive in the form Astro's `csp.directives` accepts (a name from its list, then anything).
 * @typedef {`${'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'worker-src' | 'manifest-src' | 'object-src' | 'form-action' | 'base-uri' | 'frame-ancestors'}${string}`} Directive
 */

/**
 * Directives other than script-src/style-src (Astro owns those two). Exported so the
 * header files for static hosts (public/_headers, nginx) can be checked against them.
 * @type {readonly Directive[]}
 */
export const siteDirectives = Object.freeze([
  "default-src 'self'",
  // chart.js and KaTeX need nothing external; data: covers small inline SVG/PNG icons.
  "img-src 'self' data:",
  // KaTeX's fonts are bundled into /_astro/; Vite inlines the smallest ones as data: URLs.
  "font-src 'self' data:",
  // Pagefind fetches its index and fragments; widgets fetch nothing else.
  "connect-src 'self'",
  // Widgets run Web Workers from bundled module files.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "form-action 'self'",
  // Style *attributes* (KaTeX's glyph metrics, expressive-code's token colours, Starlight's
  // sidebar depth) cannot be hashed ahead of time, and a hash in style-src turns
  // 'unsafe-inline' off, so they get their own CSP3 directive. <style> elements and
  // stylesheets stay hash/'self'-only. Astro only accepts directive names from its own list
  // (style-src-attr is not on it), so this rides after one it accepts; Astro joins the
  // entries with ';', which makes it a directive of its own.
  "base-uri 'self'; style-src-attr 'unsafe-inline'",
]);

/**
 * Extra script sources: Pagefind compiles its WebAssembly search engine at run time, which
 * CSP only allows with 'wasm-unsafe-eval' (it does not allow JavaScript eval).
 */
/** @type {readonly string[]} */
export const scriptResources = Object.freeze(["'self'", "'wasm-unsafe-eval'"]);

/**
 * Astro's `experimental.csp` options for this site.
 * @param {{ from: string }} options `from`: the config file's `import.meta.url`, from where
 *   `@astrojs/starlight` is resolved (its components' inline scripts get hashed).
 * @returns {{ algorithm: 'SHA-256', directives: Directive[], scriptDirective: { resources: string[], hashes: `sha256-${string}`[] } }}
 * @throws {Error} when no Starlight inline script is found (a Starlight upgrade moved them).
 */
export function siteCsp({ from }) {
  const entry = createRequire(from).resolve('@astrojs/starlight');
  const hashes = inlineScriptHashesIn(join(dirname(entry), 'components'));
  if (hashes.length === 0) {
    throw new Error(`siteCsp requires Starlight's inline scripts to hash (got none under ${dirname(entry)})`);
  }
  return {
    algorithm: 'SHA-256',
    directives: [...siteDirectives],
    scriptDirective: { resources: [...scriptResources], hashes },
  };
}
