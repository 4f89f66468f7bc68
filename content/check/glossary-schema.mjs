import { z } from 'zod';

/** An id is lowercase kebab-case ("error-budget"): it is the term's #anchor on /glossary/. */
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A root-relative link with no spaces, optionally with #anchor ("/conf/talk/#section"). */
const ROOT_RELATIVE = /^\/\S*$/;
/** A definition says something: at least this many characters besides surrounding spaces. */
export const MIN_DEFINITION_LENGTH = 20;

const notBlank = (/** @type {string} */ text) => text.trim() !== '';

/**
 * One entry of content/glossary.yaml. The one definition of a glossary entry: the site's
 * glossary collection, its glossary links and the content check all parse with it. Each
 * message completes "entry N (\"id\") …". Fields other than these are rejected.
 */
export const glossaryEntry = z
  .object({
    id: z
      .string({ message: 'needs a lowercase-kebab-case "id"' })
      .regex(KEBAB_ID, 'needs a lowercase-kebab-case "id" (it is the #anchor on /glossary/)'),
    term: z.string({ message: 'lacks "term"' }).min(1, 'lacks "term"').refine(notBlank, 'lacks "term"'),
    /** Other spellings that prose may use, e.g. "error budgets". */
    aliases: z
      .array(z.string().min(1).refine(notBlank), { message: 'needs "aliases" to be a list of non-empty spellings' })
      .default([]),
    definition: z
      .string({ message: `needs a "definition" of at least ${MIN_DEFINITION_LENGTH} characters` })
      .min(MIN_DEFINITION_LENGTH, `needs a "definition" of at least ${MIN_DEFINITION_LENGTH} characters`)
      .refine(
        (text) => text.trim().length >= MIN_DEFINITION_LENGTH,
        `needs a "definition" of at least ${MIN_DEFINITION_LENGTH} characters`,
      ),
    /** Root-relative link (optionally with #anchor) to where a page explains the term. */
    explainedAt: z
      .string({ message: 'needs a root-relative "explainedAt" link' })
      .regex(ROOT_RELATIVE, 'needs a root-relative "explainedAt" link like /conference/talk/#section'),
  })
  .strict();

/** @typedef {z.output<typeof glossaryEntry>} GlossaryEntry */

/**
 * @typedef {object} ParsedGlossary
 * @property {GlossaryEntry[]} entries  the entries that are valid, in file order
 * @property {string[]} problems        e.g. 'entry 3 ("slo") lacks "term"'; empty when all are valid
 */

/**
 * Parses the glossary (the YAML already read into data) with {@link glossaryEntry}, entry by
 * entry so every problem is named, and rejects a repeated id.
 *
 * @param {unknown} data  the parsed glossary.yaml
 * @returns {ParsedGlossary}
 * @example
 * parseGlossary([{ id: 'x', term: 'X' }]).problems;
 * // ['entry 1 ("x") needs a "definition" of at least 20 characters', 'entry 1 ("x") needs a root-relative "explainedAt" link']
 */
export function parseGlossary(data) {
  if (!Array.isArray(data)) return { entries: [], problems: ['must be a YAML list of entries'] };
  /** @type {GlossaryEntry[]} */
  const entries = [];
  /** @type {string[]} */
  const problems = [];
  /** @type {Set<string>} */
  const seen = new Set();
  data.forEach((raw, index) => {
    const where = `entry ${index + 1}`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push(`${where} is not a mapping`);
      return;
    }
    const id = /** @type {Record<string, unknown>} */ (raw).id;
    const label = typeof id === 'string' ? `${where} ("${id}")` : where;
    const result = glossaryEntry.safeParse(raw);
    const own = result.success ? [] : [...new Set(result.error.issues.map(issueMessage))];
    if (typeof id === 'string' && KEBAB_ID.test(id)) {
      if (seen.has(id)) own.push(`repeats the id "${id}"`);
      seen.add(id);
    }
    for (const problem of own) problems.push(`${label} ${problem}`);
    if (result.success && own.length === 0) entries.push(result.data);
  });
  return { entries, problems };
}

/**
 * A zod issue as the rest of a sentence about its entry.
 * @param {z.ZodIssue} issue
 * @returns {string}
 */
function issueMessage(issue) {
  if (issue.code === 'unrecognized_keys') {
    return `has fields the glossary does not know: ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  }
  if (issue.path[0] === 'aliases') return 'needs "aliases" to be a list of non-empty spellings';
  return issue.message;
}
