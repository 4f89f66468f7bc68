// @ts-check
// pnpm check:determinism [built-dir] — see tools/bench-scale/README.md.
import { rmSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { buildCacheDir, scratchOutDir } from './build-dirs.mjs';
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
  /** @type {string[]} */
  const scratch = [];
  const build = async () => {
    const outDir = scratchOutDir(repo);
    scratch.push(outDir);
    try {
      await runBuild({ repo, contentDir: join(repo, 'content'), outDir });
    } finally {
      rmSync(buildCacheDir(repo, outDir), { recursive: true, force: true });
    }
    return outDir;
  };
  try {
    const [given] = argv;
    let against = given === undefined ? undefined : isAbsolute(given) ? given : resolve(cwd, given);
    if (against === undefined) {
      io.err('check:determinism: building the site…');
      against = await build();
    }
    io.err('check:determinism: building the same content again…');
    const { files, difference } = compareTrees(against, await build());
    if (difference) {
      io.out(
        `check:determinism: ${difference.file} differs (${difference.detail}) between two builds of the same content`,
      );
      return 1;
    }
    io.out(`check:determinism: ${files} files byte-identical across two builds`);
    return 0;
  } finally {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  }
}
