import { parseGlossary } from './glossary-schema.mjs';

/**
 * @callback AnchorLookup
 * @param {string} link  root-relative link such as "/srecon23-emea/talk/#section"
 * @returns {string | null} null when the link resolves, else what is wrong with it
 */

/**
 * Checks the parsed glossary: at least `minEntries` entries, each valid by the glossary's one
 * schema (glossary-schema.mjs: kebab-case ids, no repeats, a term, a definition, an
 * `explainedAt` link), and each `explainedAt` resolving to a page (and heading).
 *
 * @param {unknown} data            the parsed glossary.yaml
 * @param {number} minEntries       minimum number of terms
 * @param {AnchorLookup} resolve    resolves explainedAt links against the content pages
 * @returns {string[]} problems, without the file name
 * @example
 * checkGlossary([], 40, () => null); // ['has 0 entries; needs at least 40']
 */
export function checkGlossary(data, minEntries, resolve) {
  const { entries, problems } = parseGlossary(data);
  if (!Array.isArray(data)) return problems;
  if (data.length < minEntries) problems.unshift(`has ${data.length} entries; needs at least ${minEntries}`);
  for (const entry of entries) {
    const problem = resolve(entry.explainedAt);
    // Valid entries have unique ids, and the first entry with an id is the valid one.
    const number = data.findIndex((raw) => raw?.id === entry.id) + 1;
    if (problem) problems.push(`entry ${number} ("${entry.id}") explainedAt ${entry.explainedAt}: ${problem}`);
  }
  return problems;
}
