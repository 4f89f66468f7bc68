// @ts-check
// `pnpm --filter @confnotes/quality run parser-sweep`: lists the parsers of untrusted input in
// packages/widgets/src and apps/site/src, and which have a property (fast-check) or fuzz test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parserSweep } from '../src/parser-sweep.mjs';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** @param {string} dir @param {RegExp} pattern @returns {Array<{ file: string, source: string }>} */
function files(dir, pattern) {
  /** @type {Array<{ file: string, source: string }>} */
  const out = [];
  const walk = (/** @type {string} */ d) => {
    for (const name of readdirSync(d)) {
      if (name === 'node_modules') continue;
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (pattern.test(name)) out.push({ file: relative(repoRoot, full), source: readFileSync(full, 'utf8') });
    }
  };
  walk(join(repoRoot, dir));
  return out;
}

const sources = [...files('packages/widgets/src', /\.tsx?$/), ...files('apps/site/src', /\.(ts|mjs)$/)].filter(
  (f) => !/\.(test|d)\.ts$/.test(f.file),
);
const tests = [...files('packages/widgets/test', /\.test\.tsx?$/), ...files('apps/site/test', /\.test\.tsx?$/)];
const rows = parserSweep(sources, tests);
const gaps = rows.filter((r) => r.propertyTests.length === 0);
console.log('| parser | file | property/fuzz tests | other tests |\n| --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.file} | ${r.propertyTests.join(', ') || '**none**'} | ${r.otherTests.join(', ') || '–'} |`,
  );
}
console.log(`\n${rows.length} parsers, ${gaps.length} without a property or fuzz test.`);
