// @ts-check
// What apps/site/astro.config.mjs uses from this package. Re-exports only.
export { cspHeaderFile } from './csp-header-file.mjs';
export { siteCsp } from './site-csp.mjs';
