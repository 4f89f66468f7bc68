// @ts-check
// Runs one site build with a given content folder and output folder, and measures it.
import { spawn } from 'node:child_process';
import { processTreeRss } from './process-tree-rss.mjs';

/**
 * @typedef {object} BuildRun
 * @property {number} seconds        wall time of the whole build command
 * @property {number} peakRssBytes   highest summed VmRSS of the build's process tree, sampled
 * @property {number} samples        how many times the tree was sampled
 */

/**
 * Builds `apps/site` (`pnpm --filter @confnotes/site run build`) from `contentDir` into `outDir`,
 * sampling the memory of the whole process tree (pnpm, astro and any workers) every
 * `sampleMs` from /proc. Build output goes to `log`.
 *
 * @param {{ repo: string, contentDir: string, outDir: string, sampleMs?: number, log?: (text: string) => void }} options
 * @returns {Promise<BuildRun>}
 * @throws {Error} when the build exits non-zero (with the end of its output)
 */
export function runBuild({ repo, contentDir, outDir, sampleMs = 200, log = () => {} }) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('pnpm', ['--filter', '@confnotes/site', 'run', 'build'], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONFNOTES_CONTENT_DIR: contentDir, SITE_OUT_DIR: outDir },
    });
    let peakRssBytes = 0;
    let samples = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      peakRssBytes = Math.max(peakRssBytes, processTreeRss(child.pid));
      samples += 1;
    };
    const timer = setInterval(sample, sampleMs);
    let tail = '';
    const keep = (/** @type {Buffer} */ chunk) => {
      const text = chunk.toString('utf8');
      tail = (tail + text).slice(-4000);
      log(text);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`the site build exited with ${code}:\n${tail}`));
      else resolve({ seconds, peakRssBytes, samples });
    });
  });
}
