import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { file, glob } from 'astro/loaders';
import { glossaryEntry } from './lib/glossary-schema';
import { talkMetadata } from './lib/talk-schema';

/**
 * The notes live in the repo-root `content/` package (so MDX can import
 * `@confnotes/widgets`). Files starting with `_` are partials, not pages.
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ base: '../../content', pattern: ['**/[^_]*.{md,mdx}', '!node_modules/**', '!**/README.md'] }),
    schema: docsSchema({ extend: talkMetadata }),
  }),
  glossary: defineCollection({
    loader: file('../../content/glossary.yaml'),
    schema: glossaryEntry,
  }),
};
