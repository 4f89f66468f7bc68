// @ts-check
// `pnpm report`: the quality dashboard for the current build, printed and written to
// reports/report.md (and .json). Reads reports/lighthouse.json (from `pnpm test:full`) and
// reports/e2e.json (from an e2e run with CI=1) when present. `pnpm report --bench` also runs
// `pnpm bench` and keeps its output in reports/bench.txt; otherwise the last bench.txt is shown.
//   SITE_OUT_DIR=./dist-x pnpm report     (default ./dist, relative to apps/site)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBuild } from '../src/js-budget/measure-build.mjs';
import { gzipBytes } from '../src/js-budget/page-budget.mjs';
import { axeResults, formatReport } from '../src/report.mjs';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const reportsDir = join(repoRoot, 'reports');
const distDir = resolve(repoRoot, 'apps/site', process.env.SITE_OUT_DIR ?? './dist');
mkdirSync(reportsDir, { recursive: true });

/** @param {string} file */
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const notes = [];

const lighthouse = readJson(join(reportsDir, 'lighthouse.json'));
/** @type {Map<string, Record<string, number | null>>} */
const lighthouseByPage = new Map((lighthouse?.results ?? []).map((/** @type {any} */ r) => [r.page, r.scores]));
if (!lighthouse) notes.push('No Lighthouse results yet: run `pnpm test:full` (or `pnpm test:lighthouse`).');

const e2e = readJson(join(reportsDir, 'e2e.json'));
const axe = e2e ? axeResults(e2e) : new Map();
if (!e2e) notes.push('No e2e results yet: run the e2e suite with CI=1 (as .ci/run does) to record axe results.');

let bench = existsSync(join(reportsDir, 'bench.txt')) ? readFileSync(join(reportsDir, 'bench.txt'), 'utf8') : null;
if (process.argv.includes('--bench')) {
  bench = execFileSync('pnpm', ['-r', 'run', 'bench'], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  writeFileSync(join(reportsDir, 'bench.txt'), bench);
} else if (!bench) notes.push('No benchmark figures yet: run `pnpm report --bench`.');

const rows = measureBuild(distDir).map((r) => {
  const htmlFile = r.page.endsWith('/') ? join(distDir, r.page, 'index.html') : join(distDir, r.page);
  return {
    page: r.page,
    jsGzipBytes: r.initialGzipBytes,
    budgetBytes: r.budgetBytes,
    islands: r.islands.map((i) => ({ name: i.name, gzipBytes: i.gzipBytes })),
    htmlGzipBytes: gzipBytes(readFileSync(htmlFile, 'utf8')),
    lighthouse: lighthouseByPage.get(r.page) ?? null,
    axe: axe.get(r.page) ?? null,
  };
});

const markdown = formatReport(rows, { generatedAt: new Date().toISOString(), notes, bench });
writeFileSync(join(reportsDir, 'report.md'), markdown);
writeFileSync(join(reportsDir, 'report.json'), `${JSON.stringify({ rows, notes }, null, 2)}\n`);
console.log(markdown);
console.log(`(written to ${join(reportsDir, 'report.md')})`);
