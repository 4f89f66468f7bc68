import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { glossaryEntry } from '@confnotes/content/glossary';
import { file, glob } from 'astro/loaders';
import { notesLoader } from './notes/notes-loader';
import { talkMetadata } from './schemas/talk-schema';
import { contentDir } from './talks/content-dir.mjs';

/**
 * The content lives in the repo-root `content/` package (so MDX can import
 * `@confnotes/widgets`), or in CONFNOTES_CONTENT_DIR. Files starting with `_` are partials, not
 * pages; `notes/**` are the note-taker's Markdown, rendered by their own collection
 * (docs/content-layout.md).
 */
const content = contentDir();

export const collections = {
  docs: defineCollection({
    loader: glob({
      base: content,
      pattern: ['**/[^_]*.{md,mdx}', '!node_modules/**', '!**/README.md', '!**/notes/**'],
    }),
    schema: docsSchema({ extend: talkMetadata }),
  }),
  notes: defineCollection({ loader: notesLoader({ contentDir: content }) }),
  glossary: defineCollection({
    loader: file(`${content}glossary.yaml`),
    schema: glossaryEntry,
  }),
};
