// @ts-check

/**
 * @typedef {object} BenchOptions
 * @property {number} talks          synthetic talks to add (default 1000)
 * @property {boolean} json          print the report as JSON only
 * @property {boolean} strict        fail on a missed target at any talk count
 * @property {boolean} baseline      also build today's site for the time ratio (default true)
 * @property {boolean} determinism   build the synthetic site twice and compare the bytes
 * @property {number} seed
 * @property {boolean} keep          keep the scratch folder
 */

/** @typedef {{ options: BenchOptions } | { error: string }} ParsedArgs */

/**
 * Parses `pnpm bench:scale [talks] [--json] [--strict] [--no-baseline] [--check-determinism]
 * [--seed N] [--keep]`.
 * @param {readonly string[]} argv  @returns {ParsedArgs}
 * @example parseArgs(['100', '--json']) // { options: { talks: 100, json: true, … } }
 */
export function parseArgs(argv) {
  /** @type {BenchOptions} */
  const options = {
    talks: 1000,
    json: false,
    strict: false,
    baseline: true,
    determinism: false,
    seed: 13,
    keep: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--no-baseline') options.baseline = false;
    else if (arg === '--check-determinism') options.determinism = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--seed') {
      const value = argv[i + 1] ?? '';
      i += 1;
      const seed = Number(value);
      if (value === '' || !Number.isInteger(seed)) return { error: `--seed requires an integer (got "${value}")` };
      options.seed = seed;
    } else if (/^\d+$/.test(arg) && Number(arg) > 0) options.talks = Number(arg);
    else
      return {
        error: `unknown argument "${arg}"; usage: bench:scale [talks] [--json] [--strict] [--no-baseline] [--check-determinism] [--seed N] [--keep]`,
      };
  }
  return { options };
}
