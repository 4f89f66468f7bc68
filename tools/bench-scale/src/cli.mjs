// @ts-check
// pnpm bench:scale — see tools/bench-scale/README.md.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildCacheDir, scratchOutDir } from './build-dirs.mjs';
import { compareTrees } from './compare-trees.mjs';
import { measureOutput } from './measure-output.mjs';
import { parseArgs } from './parse-args.mjs';
import { readTemplates } from './read-templates.mjs';
import { formatReport } from './report.mjs';
import { runBuild } from './run-build.mjs';
import { syntheticContent } from './synthetic-content.mjs';
import { checkTargets } from './targets.mjs';

/** Talk count from which missed targets fail the run without --strict. */
export const ENFORCED_FROM = 1000;

/**
 * Builds, measures the output, then removes the build's cache.
 * @param {{ repo: string, contentDir: string, outDir: string, log: (t: string) => void }} options
 */
async function buildAndMeasure(options) {
  try {
    const build = await runBuild(options);
    return { build, output: measureOutput(options.outDir), outDir: options.outDir };
  } finally {
    rmSync(buildCacheDir(options.repo, options.outDir), { recursive: true, force: true });
  }
}

/**
 * Runs the benchmark.
 * @param {readonly string[]} argv
 * @param {string} repo  the repository root
 * @param {{ out: (t: string) => void, err: (t: string) => void }} io
 * @returns {Promise<number>} exit code: 0, 1 for a missed enforced target, 2 for bad arguments
 */
export async function main(argv, repo, io) {
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    io.err(parsed.error);
    return 2;
  }
  const { options } = parsed;
  const scratch = mkdtempSync(join(tmpdir(), 'confnotes-scale-'));
  /** @type {string[]} */
  const outDirs = [];
  const progress = (/** @type {string} */ text) => {
    if (!options.json) io.err(text);
  };
  const quiet = () => {};
  try {
    const loadAverage = loadavg();
    const content = join(scratch, 'content');
    cpSync(join(repo, 'content'), content, { recursive: true, dereference: false });
    const files = syntheticContent({ talks: options.talks, templates: readTemplates(content), seed: options.seed });
    for (const file of files) {
      mkdirSync(dirname(join(content, file.path)), { recursive: true });
      writeFileSync(join(content, file.path), file.text);
    }
    const baselineContent = join(repo, 'content');
    /** A new output folder, removed at the end unless --keep. */
    const outDir = () => {
      const dir = scratchOutDir(repo);
      outDirs.push(dir);
      return dir;
    };
    const builds = { repo, log: quiet };
    progress(`bench:scale: ${files.length} files written to the scratch content folder`);
    let baseline = null;
    if (options.baseline) {
      progress('bench:scale: building today’s site…');
      baseline = await buildAndMeasure({ ...builds, contentDir: baselineContent, outDir: outDir() });
    }
    progress(`bench:scale: building with ${options.talks} synthetic talks…`);
    const scaled = await buildAndMeasure({ ...builds, contentDir: content, outDir: outDir() });
    let determinism = null;
    if (options.determinism) {
      progress('bench:scale: building the same content again…');
      const again = await buildAndMeasure({ ...builds, contentDir: content, outDir: outDir() });
      determinism = compareTrees(scaled.outDir, again.outDir);
    }
    const targets = checkTargets({
      seconds: scaled.build.seconds,
      peakRssBytes: scaled.build.peakRssBytes,
      baselineSeconds: baseline?.build.seconds,
      largestListingBytes: scaled.output.largestListingPage.bytes,
      sidebarMaxBytes: scaled.output.sidebarBytes.max,
      identical: determinism ? determinism.difference === null : undefined,
    });
    const enforced = options.strict || options.talks >= ENFORCED_FROM;
    const report = {
      talks: options.talks,
      conferences: files.filter((f) => /\/index\.mdx?$/.test(f.path)).length,
      completePages: files.filter((f) => /\.mdx?$/.test(f.path) && /^stage: '?complete'?$/m.test(f.text)).length,
      loadAverage,
      cpus: cpus().length,
      baseline,
      scaled,
      determinism,
      targets,
      enforced,
    };
    io.out(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
    // A build that is not byte-identical fails at any size: it is not a timing.
    const failed = targets.filter((t) => !t.pass && (enforced || t.name === 'same content, same bytes'));
    return failed.length > 0 ? 1 : 0;
  } finally {
    if (options.keep) io.err(`bench:scale: kept ${[scratch, ...outDirs].join(', ')}`);
    else for (const dir of [scratch, ...outDirs]) rmSync(dir, { recursive: true, force: true });
  }
}
