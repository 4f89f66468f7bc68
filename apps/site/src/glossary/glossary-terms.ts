import { parse } from 'yaml';
import type { GlossaryTerm } from './glossary-match';

/** A glossary entry as the glossary links need it at build time. */
export interface GlossaryLinkTerm extends GlossaryTerm {
  definition: string;
}

/**
 * Parses content/glossary.yaml for the glossary links. The content collection validates the
 * file fully; this only checks what the links rely on and names the entry when it is missing.
 * @throws {Error} "glossary.yaml entry 3 needs a string "definition"" and the like
 */
export function parseGlossaryTerms(yamlText: string): GlossaryLinkTerm[] {
  const data: unknown = parse(yamlText);
  if (!Array.isArray(data)) throw new Error('glossary.yaml must be a list of terms');
  return data.map((raw: unknown, i) => {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    for (const field of ['id', 'term', 'definition'] as const) {
      if (typeof entry[field] !== 'string' || entry[field] === '') {
        throw new Error(`glossary.yaml entry ${i + 1} needs a string "${field}"`);
      }
    }
    const aliases = Array.isArray(entry.aliases) ? entry.aliases.filter((a): a is string => typeof a === 'string') : [];
    return {
      id: entry.id as string,
      term: entry.term as string,
      definition: entry.definition as string,
      aliases,
    };
  });
}
