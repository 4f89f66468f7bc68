// @ts-check
// pnpm check:determinism [built-dir] — see tools/bench-scale/README.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { buildCacheDir } from './build-cache-dir.mjs';
import { compareTrees } from './compare-trees.mjs';
import { runBuild } from './run-build.mjs';

/**
 * Builds today's site (the repo's `content/`) into a scratch folder and compares every file
 * byte for byte with `against`, a build of the same content (by default `apps/site/dist`, which
 * `pnpm build` has just made); without a built folder it builds twice.
 *
 * @param {readonly string[]} argv  `[built-dir]`, relative to `cwd`
 * @param {string} repo  @param {string} cwd
 * @param {{ out: (t: string) => void, err: (t: string) => void }} io
 * @returns {Promise<number>} 0 when identical, 1 when a file differs
 */
export async function checkDeterminism(argv, repo, cwd, io) {
  const scratch = mkdtempSync(join(tmpdir(), 'confnotes-determinism-'));
  const build = async (/** @type {string} */ outDir) => {
    try {
      await runBuild({ repo, contentDir: join(repo, 'content'), outDir });
    } finally {
      rmSync(buildCacheDir(repo, outDir), { recursive: true, force: true });
    }
  };
  try {
    const [given] = argv;
    let against = given === undefined ? undefined : isAbsolute(given) ? given : resolve(cwd, given);
    if (against === undefined) {
      against = join(scratch, 'first');
      io.err('check:determinism: building the site…');
      await build(against);
    }
    io.err('check:determinism: building the same content again…');
    await build(join(scratch, 'second'));
    const { files, difference } = compareTrees(against, join(scratch, 'second'));
    if (difference) {
      io.out(
        `check:determinism: ${difference.file} differs (${difference.detail}) between two builds of the same content`,
      );
      return 1;
    }
    io.out(`check:determinism: ${files} files byte-identical across two builds`);
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
