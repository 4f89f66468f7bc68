#!/usr/bin/env node
// @ts-check
// pnpm notes:import — see tools/notes-import/README.md.
import { askOnTerminal, main } from '../src/cli.mjs';

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
process.exitCode = await main(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd(), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  interactive,
  ask: askOnTerminal,
});
