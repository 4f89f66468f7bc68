import type { CollectionEntry } from 'astro:content';

type DocsEntry = CollectionEntry<'docs'>;

/** The route params of a talk's presentation and session-plan pages ("srecon23-emea/x" → conf, talk). */
export function talkParams(entry: DocsEntry): { conf: string; talk: string } {
  const [conf, talk, ...rest] = entry.id.split('/');
  if (!conf || !talk || rest.length > 0) {
    throw new Error(`talk pages must live at content/<conference>/<talk>.md or .mdx (got "${entry.id}")`);
  }
  return { conf, talk };
}

/** Site paths for a talk, without the base: the page, its deck, its session plan and social image. */
export function talkPaths(entry: DocsEntry) {
  return {
    page: `/${entry.id}/`,
    present: `/present/${entry.id}/`,
    plan: `/present/${entry.id}/plan/`,
    ogImage: `/og/${entry.id}.png`,
  };
}

/** Prefixes a root-relative path with the site's base ("/confnotes/"). */
export function withBase(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
}
