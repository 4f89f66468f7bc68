// Builds the site from a scratch copy of content/ into which the hostile fixture conference
// (fixtures/import/hostile-notes.md) was imported with pnpm notes:import, into
// apps/site/<SITE_OUT_DIR>-imported. The hostile-import spec serves that build on E2E_PORT + 2.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/import/hostile-notes.md', import.meta.url));
const outDir = `${(process.env.SITE_OUT_DIR ?? './dist').replace(/\/$/, '')}-imported`;
const scratch = mkdtempSync(join(tmpdir(), 'confnotes-imported-'));
const content = join(scratch, 'content');
try {
  cpSync(join(repo, 'content'), content, { recursive: true, dereference: false });
  execFileSync(
    process.execPath,
    [
      join(repo, 'tools/notes-import/bin/notes-import.mjs'),
      fixture,
      '--conference',
      'Hostile Con 2026',
      '--content-dir',
      content,
      '--yes',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`e2e: building the imported hostile conference into ${outDir}…`);
  execFileSync('pnpm', ['--filter', '@confnotes/site', 'run', 'build'], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONFNOTES_CONTENT_DIR: content,
      CONFNOTES_CACHE_DIR: join(scratch, 'astro-cache'),
      SITE_OUT_DIR: outDir,
    },
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
