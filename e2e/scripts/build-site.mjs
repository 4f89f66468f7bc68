// The e2e suite must never run against a stale build: build the site (root and sub-path
// variants) unless the caller has just built the root variant (CONFNOTES_FRESH_BUILD=1).
import { execFileSync } from 'node:child_process';

const run = (env) =>
  execFileSync('pnpm', ['--filter', '@confnotes/site', 'run', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });

if (process.env.CONFNOTES_FRESH_BUILD !== '1') {
  console.log('e2e: building the site…');
  run({});
}
console.log('e2e: building the sub-path variant (SITE_BASE=/confnotes/)…');
run({ SITE_BASE: '/confnotes/', SITE_OUT_DIR: './dist-subpath' });
