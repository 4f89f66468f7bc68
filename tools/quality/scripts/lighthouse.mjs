// @ts-check
// Lighthouse (mobile) on the home page, a text page and the heaviest widget page of a fresh build:
// performance >= 95, accessibility, best practices and SEO = 100. Part of `pnpm test:full`.
//   SITE_OUT_DIR=./dist-x LIGHTHOUSE_PORT=4460 pnpm --filter @confnotes/quality run lighthouse
// Writes reports/lighthouse/<page>.json (full reports) and reports/lighthouse.json (summary).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LIGHTHOUSE_PAGES,
  LIGHTHOUSE_THRESHOLDS,
  lighthouseFailures,
  summarizeLighthouse,
} from '../src/lighthouse.mjs';
import { startPreview } from './preview-server.mjs';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const reportsDir = join(repoRoot, 'reports');
const outDir = process.env.SITE_OUT_DIR ?? './dist';
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4460);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const lighthouseBin = fileURLToPath(new URL('../node_modules/.bin/lighthouse', import.meta.url));
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
].join(' ');

mkdirSync(join(reportsDir, 'lighthouse'), { recursive: true });
const server = await startPreview({ outDir, port });
/** @type {import('../src/lighthouse.mjs').PageScores[]} */
const results = [];
try {
  for (const { name, path } of LIGHTHOUSE_PAGES) {
    const slug = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replaceAll('/', '--');
    const output = join(reportsDir, 'lighthouse', `${slug}.json`);
    console.log(`lighthouse: ${name} ${path}`);
    execFileSync(
      lighthouseBin,
      [
        `http://127.0.0.1:${port}${path}`,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=${chromeFlags}`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } },
    );
    results.push(summarizeLighthouse(path, JSON.parse(readFileSync(output, 'utf8'))));
  }
} finally {
  server.stop();
}

writeFileSync(
  join(reportsDir, 'lighthouse.json'),
  `${JSON.stringify({ thresholds: LIGHTHOUSE_THRESHOLDS, results }, null, 2)}\n`,
);
for (const r of results) {
  const scores = Object.entries(r.scores).map(([id, s]) => `${id} ${s === null ? '–' : Math.round(s * 100)}`);
  console.log(`${r.page.padEnd(50)} ${scores.join('  ')}`);
}
const failures = lighthouseFailures(results);
if (failures.length > 0) {
  console.error(`\nLighthouse gate failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('Lighthouse gate passed.');
