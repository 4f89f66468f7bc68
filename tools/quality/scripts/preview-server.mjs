// @ts-check
// Starts `astro preview` for a build folder and waits until it answers; used by the Lighthouse run.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const siteDir = fileURLToPath(new URL('../../../apps/site/', import.meta.url));

/**
 * @param {{ outDir: string, port: number, base?: string }} options outDir relative to apps/site
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export async function startPreview({ outDir, port, base = '/' }) {
  const child = spawn('pnpm', ['exec', 'astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: siteDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: outDir, SITE_BASE: base },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}${base}`;
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`astro preview did not answer at ${url} within 60 s (is there a build in apps/site/${outDir}?)`);
}
