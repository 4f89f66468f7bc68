import { z } from 'astro/zod';

/** One glossary term, loaded from content/glossary.yaml. */
export const glossaryEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase-kebab-case (used as the #anchor)'),
    term: z.string().min(1),
    /** Other spellings that prose may use, e.g. "error budgets". */
    aliases: z.array(z.string().min(1)).default([]),
    definition: z.string().min(20),
    /** Root-relative link (optionally with #anchor) to where a page explains the term. */
    explainedAt: z.string().regex(/^\/[^\s]*$/, 'must be a root-relative link like /srecon23-emea/talk/#section'),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossaryEntry>;
