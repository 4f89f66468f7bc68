import { parseGlossary } from '@confnotes/content/glossary';
import { parse } from 'yaml';
import type { GlossaryTerm } from './glossary-match';

/** A glossary entry as the glossary links need it at build time. */
export interface GlossaryLinkTerm extends GlossaryTerm {
  definition: string;
}

/**
 * Parses content/glossary.yaml for the glossary links, with the glossary's one schema
 * (`@confnotes/content/glossary`, which the glossary collection and the content check use too).
 * @throws {Error} 'glossary.yaml: entry 3 ("slo") lacks "term"' and the like, every problem on its own line
 */
export function parseGlossaryTerms(yamlText: string): GlossaryLinkTerm[] {
  const { entries, problems } = parseGlossary(parse(yamlText));
  if (problems.length > 0) throw new Error(problems.map((problem) => `glossary.yaml: ${problem}`).join('\n'));
  return entries.map(({ id, term, definition, aliases }) => ({ id, term, definition, aliases }));
}
