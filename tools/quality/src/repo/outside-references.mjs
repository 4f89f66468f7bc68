// @ts-check
// Citations of the drift-metrics contract by section number: that document is not in the
// repository, so a reader cannot follow them. Cite the source itself or a doc in docs/ instead.

/** The word "spec" followed by a section sign or "Part <digit>", in any letter case (pattern built from parts so this file does not match it). */
const CONTRACT_CITATION = new RegExp(['\\bspec', '\\s*(?:§|part\\s+\\d)'].join(''), 'i');

/**
 * Lines that cite the drift-metrics contract by section ("spec" then a section sign, or "spec
 * Part" then a number), which no reader of the repository can open. Binary files (any NUL byte) are skipped.
 * @param {Array<{ path: string, source: string }>} files repo-relative paths and their text.
 * @returns {Array<{ path: string, line: number, text: string }>} one entry per offending line
 *   (1-based line numbers, text trimmed), in file order.
 * @example outsideReferences([{ path: 'a.ts', source: 'see docs/stats-conventions.md#psi' }]) // []
 */
export function outsideReferences(files) {
  /** @type {Array<{ path: string, line: number, text: string }>} */
  const found = [];
  for (const { path, source } of files) {
    if (source.includes('\0')) continue;
    source.split('\n').forEach((text, index) => {
      if (CONTRACT_CITATION.test(text)) found.push({ path, line: index + 1, text: text.trim() });
    });
  }
  return found;
}
