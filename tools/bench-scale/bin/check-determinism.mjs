#!/usr/bin/env node
// @ts-check
// pnpm check:determinism [built-dir] — see tools/bench-scale/README.md.
import { fileURLToPath } from 'node:url';
import { checkDeterminism } from '../src/determinism-cli.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
try {
  process.exitCode = await checkDeterminism(process.argv.slice(2), repo, process.env.INIT_CWD ?? process.cwd(), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
} catch (error) {
  process.stderr.write(`check:determinism: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
