import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { filesBelow } from './rehype-notes-images';
import { type RenderedNotes, renderNotes } from './render-notes';

/** What the notes collection stores beside the rendered HTML. */
export const notesEntrySchema = z.object({
  /** The conference folder, e.g. "srecon23-emea". */
  conference: z.string(),
  /** The file's path below the conference's `notes/` folder, e.g. "ebpf.md". */
  path: z.string(),
  links: z.array(z.object({ href: z.string(), text: z.string() })),
  images: z.array(z.string()),
  sections: z.array(z.object({ id: z.string(), title: z.string(), html: z.string() })),
  hasContent: z.boolean(),
});

/** The `.md` files below each `<contentDir>/<conference>/notes/`, as [conference, path in notes]. */
export function listNotesFiles(contentDir: string): [string, string][] {
  const files: [string, string][] = [];
  for (const conference of readdirSync(contentDir, { withFileTypes: true })) {
    if (!conference.isDirectory() || conference.name.startsWith('.') || conference.name === 'node_modules') continue;
    const notesDir = join(contentDir, conference.name, 'notes');
    let names: string[];
    try {
      names = readdirSync(notesDir, { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const name of names.map((n) => n.split('\\').join('/')).sort()) {
      if (name.endsWith('.md') && !name.split('/').some((part) => part.startsWith('.'))) {
        files.push([conference.name, name]);
      }
    }
  }
  return files;
}

/** The entry id of a notes file: "<conference>/<path without .md>", e.g. "srecon23-emea/index". */
export function notesEntryId(conference: string, pathInNotes: string): string {
  return `${conference}/${pathInNotes.replace(/\.md$/, '')}`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Shown when the renderer itself fails: the notes as plain preformatted text, never a broken build. */
function asPlainText(source: string): RenderedNotes {
  const html = `<pre class="notes-plain">${escapeText(source)}</pre>`;
  return {
    html,
    headings: [],
    links: [],
    images: [],
    sections: [{ id: '', title: 'The notes', html }],
    hasContent: true,
  };
}

/**
 * A content loader for the notes files (`<contentDir>/*\/notes/**\/*.md`): each is rendered by
 * {@link renderNotes} into the entry's `rendered` field, so `render(entry)` gives its HTML and
 * headings. Images it references are served under `<base>notes-files/<conference>/`.
 */
export function notesLoader(options: { contentDir: string }): Loader {
  return {
    name: 'confnotes-notes',
    schema: notesEntrySchema,
    load: async ({ store, config, logger, parseData, generateDigest }) => {
      const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      store.clear();
      for (const [conference, path] of listNotesFiles(options.contentDir)) {
        const notesDir = join(options.contentDir, conference, 'notes');
        const source = readFileSync(join(notesDir, path), 'utf8');
        const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
        let notes: RenderedNotes;
        try {
          notes = renderNotes(source, {
            fileFolder: folder,
            fileExists: filesBelow(notesDir),
            urlPrefix: `${base}notes-files/${conference}/`,
          });
        } catch (error) {
          logger.warn(
            `${conference}/notes/${path}: shown as plain text (${error instanceof Error ? error.message : error})`,
          );
          notes = asPlainText(source);
        }
        const id = notesEntryId(conference, path);
        const { html, headings, ...rest } = notes;
        const data = await parseData({ id, data: { conference, path, ...rest } });
        store.set({
          id,
          data,
          body: source,
          filePath: relative(fileURLToPath(config.root), join(notesDir, path)),
          digest: generateDigest(`${base}\n${source}`),
          rendered: { html, metadata: { headings } },
        });
      }
    },
  };
}
