#!/usr/bin/env node
// @ts-check
// pnpm bench:scale [talks] — see tools/bench-scale/README.md.
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
try {
  process.exitCode = await main(process.argv.slice(2), repo, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
} catch (error) {
  process.stderr.write(`bench:scale: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
