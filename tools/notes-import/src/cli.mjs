// @ts-check
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPlan } from './build-plan.mjs';
import { ImportInputError, ImportInternalError, ImportUsageError } from './errors.mjs';
import { fileActions } from './file-actions.mjs';
import { localImagePaths, locateImages } from './find-images.mjs';
import { listInputs } from './list-inputs.mjs';
import { nextManifest, readManifest } from './manifest.mjs';
import { planJson, planText } from './plan-output.mjs';
import { readInput } from './read-input.mjs';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const USAGE =
  'usage: pnpm notes:import <file.md|folder>... [--conference "Name"] [--slug conf-slug] [--date YYYY-MM-DD] [--talk-level N] [--content-dir DIR] [--dry-run] [--json] [--yes]';

/**
 * @typedef {object} Io
 * @property {(text: string) => void} out  stdout
 * @property {(text: string) => void} err  stderr
 * @property {boolean} interactive  stdin and stdout are a terminal
 * @property {(question: string) => Promise<string>} [ask]
 */

/**
 * Runs the importer. Exit codes: 0 done (or nothing to do), 1 bad input, 2 bad command line,
 * 3 internal error. Nothing is written unless every check passed.
 * @param {string[]} argv  arguments after the script name
 * @param {string} cwd  where relative paths resolve (`INIT_CWD` under pnpm)
 * @param {Io} io
 * @returns {Promise<number>}
 */
export async function main(argv, cwd, io) {
  try {
    return await run(argv, cwd, io);
  } catch (error) {
    const fail = (/** @type {string} */ message, /** @type {number} */ code) => {
      io.err(message);
      return code;
    };
    if (error instanceof ImportInputError) return fail(error.message, 1);
    if (error instanceof ImportUsageError) return fail(`${error.message}\n${USAGE}`, 2);
    if (error instanceof ImportInternalError) return fail(`internal error: ${error.message}`, 3);
    throw error;
  }
}

/** @param {string[]} argv @param {string} cwd @param {Io} io */
async function run(argv, cwd, io) {
  const options = readOptions(argv);
  const contentDir = resolve(cwd, options.contentDir ?? join(repoRoot, 'content'));
  const inputs = listInputs(options.paths, cwd).map((f) => readInput(f.absPath, f.source));
  const plan = buildPlan(inputs, options, (slug) => readManifest(join(contentDir, slug)));
  const conferenceDir = join(contentDir, plan.conference.slug);
  const manifest = readManifest(conferenceDir);
  const actions = fileActions(plan, conferenceDir, manifest);
  const images = inputs.map((input, i) =>
    locateImages(localImagePaths(plan.trees[i] ?? { type: 'root', children: [] }), dirname(input.absPath)),
  );
  const json = planJson(plan, conferenceDir, repoRoot);
  for (const path of images.flatMap((found) => found.missing))
    io.err(`image not found beside the notes (the page shows "image not found: ${path}"): ${path}`);
  /** Prints a closing line (to stderr under --json, so stdout stays one JSON object); exit 0. */
  const report = (/** @type {string} */ text) => {
    if (options.json) io.err(text);
    else io.out(text);
    return 0;
  };
  if (options.json) io.out(JSON.stringify(json, null, 2));
  else io.out(planText(json, actions, repoRoot));
  if (options.dryRun) return report('Dry run: nothing written.');
  if (!options.yes) {
    if (!io.interactive || !io.ask) return report('Nothing written. Run again with --yes to write these files.');
    const answer = await io.ask(`Write ${actions.writes.length} file(s)? [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) return report('Nothing written.');
  }
  const kept = new Set(actions.kept.map((p) => p.replace(/^.*[\\/]/, '').replace(/\.md$/, '')));
  const writes = [
    ...actions.writes,
    {
      path: join(conferenceDir, 'import-manifest.json'),
      text: `${JSON.stringify(nextManifest(plan, manifest, kept), null, 2)}\n`,
    },
  ];
  for (const w of writes) {
    mkdirSync(dirname(w.path), { recursive: true });
    writeFileSync(w.path, w.text);
  }
  for (const { from, to } of images.flatMap((found) => found.found)) {
    const target = join(conferenceDir, 'notes', to);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(from, target);
  }
  return report(
    `Wrote ${actions.writes.length} file(s) and the import manifest; ${actions.unchanged.length} unchanged, ${actions.kept.length} kept as the team edited them, ${actions.gone.length} gone from the notes.`,
  );
}

/** @param {string[]} argv */
function readOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        conference: { type: 'string' },
        slug: { type: 'string' },
        date: { type: 'string' },
        'talk-level': { type: 'string' },
        'content-dir': { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        yes: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new ImportUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (!positionals.length) throw new ImportUsageError('give at least one notes file or folder');
  if (values.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.slug))
    throw new ImportUsageError(`--slug must be kebab-case (got ${values.slug})`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    throw new ImportUsageError(`--date must be YYYY-MM-DD (got ${values.date})`);
  const level = values['talk-level'] === undefined ? undefined : Number(values['talk-level']);
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6))
    throw new ImportUsageError(`--talk-level must be 1 to 6 (got ${values['talk-level']})`);
  return {
    paths: positionals,
    conference: values.conference,
    slug: values.slug,
    date: values.date,
    talkLevel: level,
    contentDir: values['content-dir'],
    dryRun: values['dry-run'] ?? false,
    json: values.json ?? false,
    yes: values.yes ?? false,
  };
}

/** Asks on the terminal. @param {string} question */
export async function askOnTerminal(question) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}
