/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, https://pagefind.app/docs/api/)
 * the search page uses, typed here because Pagefind ships no types for it.
 */

/** One result's loaded data (`await result.data()`). */
export interface PagefindResultData {
  url: string;
  /** HTML: escaped page text with `<mark>` around the matches (see `excerptParts`). */
  excerpt: string;
  meta: Partial<Record<string, string>>;
  /** Sections of the page that matched, each with its heading's anchor in `url`. */
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
}

/**
 * Loads the site's Pagefind bundle, which exists only in a build (`astro build` runs Pagefind).
 * The URL is built at run time so Vite leaves the import alone.
 * @param base the site's base path, with or without a final "/" (`import.meta.env.BASE_URL`).
 */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const root = `${base.replace(/\/$/, '')}/`;
  const pagefind = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: root, excerptLength: 24 });
  return pagefind;
}
