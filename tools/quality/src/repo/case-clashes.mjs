// @ts-check
// Paths that name one file on a case-insensitive file system (macOS, Windows defaults).

/**
 * Groups of paths that differ only in letter case once each file's last extension is dropped,
 * e.g. `Charts.tsx` and `charts.ts`. On macOS and Windows the first pair of a group is one file
 * (or, without extensions in imports, one module name), so a clone there breaks while Linux passes.
 * Folders count too: `DriftLab/a.ts` and `driftlab/b.ts` put two spellings of one folder in git.
 * @param {string[]} paths repo-relative file paths with `/` separators.
 * @returns {string[][]} each group's distinct spellings, sorted; groups sorted by their first path.
 * @example caseClashes(['src/Ladder.tsx', 'src/ladder.ts', 'src/model.ts']) // [['src/Ladder', 'src/ladder']]
 */
export function caseClashes(paths) {
  /** @type {Map<string, Set<string>>} */
  const spellings = new Map();
  const note = (/** @type {string} */ name) => {
    const key = name.toLowerCase();
    const seen = spellings.get(key) ?? new Set();
    seen.add(name);
    spellings.set(key, seen);
  };
  for (const path of paths) {
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) note(parts.slice(0, depth).join('/'));
    note(withoutExtension(path));
  }
  return [...spellings.values()]
    .filter((names) => names.size > 1)
    .map((names) => [...names].sort())
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/**
 * `a/b/name.test.ts` → `a/b/name.test`; a dot-file or a name without a dot stays as it is.
 * @param {string} path
 * @returns {string}
 */
function withoutExtension(path) {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? path.slice(0, dot) : path;
}
