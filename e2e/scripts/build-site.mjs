// The e2e suite must never run against a stale build: build the site (root and sub-path
// variants) unless the caller has just built the root variant (CONFNOTES_FRESH_BUILD=1).
// SITE_OUT_DIR picks the build folder (see support/env.ts); E2E_SKIP_SUBPATH=1 skips the variant.
import { execFileSync } from 'node:child_process';

const outDir = process.env.SITE_OUT_DIR ?? './dist';
const run = (env) =>
  execFileSync('pnpm', ['--filter', '@confnotes/site', 'run', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });

if (process.env.CONFNOTES_FRESH_BUILD !== '1') {
  console.log(`e2e: building the site into ${outDir}…`);
  run({ SITE_OUT_DIR: outDir });
}
if (process.env.E2E_SKIP_SUBPATH !== '1') {
  console.log('e2e: building the sub-path variant (SITE_BASE=/confnotes/)…');
  run({ SITE_BASE: '/confnotes/', SITE_OUT_DIR: `${outDir.replace(/\/$/, '')}-subpath` });
}
if (process.env.E2E_SKIP_IMPORTED !== '1') {
  execFileSync(process.execPath, [new URL('./build-imported-site.mjs', import.meta.url).pathname], {
    stdio: 'inherit',
  });
}
