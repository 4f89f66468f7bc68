/**
 * @callback AnchorLookup
 * @param {string} link  root-relative link such as "/srecon23-emea/talk/#section"
 * @returns {string | null} null when the link resolves, else what is wrong with it
 */

const ID = /^[a-z0-9-]+$/;

/**
 * Checks the parsed glossary: a list of at least `minEntries` entries with unique kebab-case
 * ids, a term, a definition and an `explainedAt` link that resolves to a page (and heading).
 *
 * @param {unknown} entries         the parsed glossary.yaml
 * @param {number} minEntries       minimum number of terms
 * @param {AnchorLookup} resolve    resolves explainedAt links against the content pages
 * @returns {string[]} problems, without the file name
 * @example
 * checkGlossary([], 40, () => null); // ['has 0 entries; needs at least 40']
 */
export function checkGlossary(entries, minEntries, resolve) {
  if (!Array.isArray(entries)) return ['must be a YAML list of entries'];
  /** @type {string[]} */
  const problems = [];
  if (entries.length < minEntries) problems.push(`has ${entries.length} entries; needs at least ${minEntries}`);
  /** @type {Set<string>} */
  const seen = new Set();
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    if (!entry || typeof entry !== 'object') {
      problems.push(`${where} is not a mapping`);
      return;
    }
    const { id, term, definition, explainedAt } = /** @type {Record<string, unknown>} */ (entry);
    const label = typeof id === 'string' ? `${where} ("${id}")` : where;
    if (typeof id !== 'string' || !ID.test(id)) problems.push(`${label} needs a lowercase-kebab-case "id"`);
    else if (seen.has(id)) problems.push(`${label} repeats the id "${id}"`);
    else seen.add(id);
    if (typeof term !== 'string' || term.trim() === '') problems.push(`${label} lacks "term"`);
    if (typeof definition !== 'string' || definition.trim().length < 20) {
      problems.push(`${label} needs a "definition" of at least 20 characters`);
    }
    if (typeof explainedAt !== 'string' || !explainedAt.startsWith('/')) {
      problems.push(`${label} needs a root-relative "explainedAt" link`);
    } else {
      const problem = resolve(explainedAt);
      if (problem) problems.push(`${label} explainedAt ${explainedAt}: ${problem}`);
    }
  });
  return problems;
}
