import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { isSvg, sanitizeSvg } from '../../notes/notes-image-files';
import { contentDir } from '../../talks/content-dir.mjs';

/**
 * Serves the images notes reference, copied from `<content>/<conference>/notes/` into the build
 * at `<base>notes-files/<conference>/<path>`: only files that exist and that a notes file shows
 * (see rehype-notes-images.ts), so nothing else in content/ is published. Only image types get
 * that far, and an SVG is served sanitised: opened directly it is a document on this origin.
 */
export const getStaticPaths = (async () => {
  const notes = await getCollection('notes');
  const wanted = new Set(
    notes.flatMap((entry) => entry.data.images.map((image) => `${entry.data.conference}/${image}`)),
  );
  return [...wanted].sort().map((path) => ({ params: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const path = params.path ?? '';
  const [conference, ...rest] = path.split('/');
  const file = join(contentDir(), conference ?? '', 'notes', ...rest);
  if (isSvg(file)) return new Response(sanitizeSvg(readFileSync(file, 'utf8')));
  return new Response(readFileSync(file));
};
